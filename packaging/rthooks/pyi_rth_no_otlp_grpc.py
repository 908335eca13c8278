"""Runtime hook of the frozen app: a stand-in for OpenTelemetry's gRPC span exporter (grpc is left out, 17 MB).

Why: chromadb imports ``OTLPSpanExporter`` from ``opentelemetry.exporter.otlp.proto.grpc`` when
it loads its telemetry module, but creates one only when Chroma's OpenTelemetry granularity is
set (chroma_otel_granularity); this app never sets it, so the exporter and grpc are dead weight.
The stand-in is found only when no real module is (a finder placed last), so a build that ships
the exporter uses it, and creating the stand-in's exporter raises a clear error.
"""

import importlib.abc
import importlib.machinery
import sys
import types

_PACKAGE = "opentelemetry.exporter.otlp.proto.grpc"
# the exporter and, where the build has none of them either, its namespace parents
_STANDS_IN = ("opentelemetry.exporter", "opentelemetry.exporter.otlp", "opentelemetry.exporter.otlp.proto",
              _PACKAGE, _PACKAGE + ".trace_exporter")


class OTLPSpanExporter:
    def __init__(self, *args, **kwargs):
        raise ImportError("the OpenTelemetry gRPC exporter (and grpc) is not part of the editor-app bundle; "
                          "Chroma's OpenTelemetry tracing cannot be turned on in this build")


class _Loader(importlib.abc.Loader):
    def create_module(self, spec):
        module = types.ModuleType(spec.name, "Stand-in: the gRPC exporter is not part of this build.")
        module.__path__ = []  # both names act as packages to the import system
        return module

    def exec_module(self, module):
        if module.__name__.endswith(".trace_exporter"):
            module.OTLPSpanExporter = OTLPSpanExporter


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname in _STANDS_IN:
            return importlib.machinery.ModuleSpec(fullname, _Loader(), is_package=True)
        return None


sys.meta_path.append(_Finder())
