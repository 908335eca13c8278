#!/usr/bin/env bash
# Sound for the playback tests (tests/ui/test_sound*.py): PulseAudio with a null sink, so Qt
# Multimedia's QAudioSink plays to a real sound server. Where apt-get is there and we are root,
# install pulseaudio + libpulse0 (about 45 s on Debian 12, 50 packages, measured) and start a
# daemon. Nothing here can fail CI: when any step does not work the sound tests skip and say why.
# Sourced by .ci/run; stops the daemon it started when CI ends.
sound_setup() {
    if command -v pactl >/dev/null 2>&1 && pactl info >/dev/null 2>&1; then
        echo "sound: a PulseAudio server is already running"
        return 0
    fi
    if ! command -v pulseaudio >/dev/null 2>&1; then
        if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
            echo "sound: no apt-get or not root; sound tests will skip"
            return 0
        fi
        local t0=$SECONDS
        if ! { DEBIAN_FRONTEND=noninteractive timeout 120 apt-get update -qq \
               && DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends \
                  pulseaudio libpulse0 pulseaudio-utils; } >/tmp/ci-sound-apt.log 2>&1; then
            echo "sound: installing pulseaudio failed (tail of /tmp/ci-sound-apt.log below); sound tests will skip"
            tail -3 /tmp/ci-sound-apt.log || true
            return 0
        fi
        echo "sound: installed pulseaudio libpulse0 pulseaudio-utils in $((SECONDS - t0)) s"
    fi
    if pulseaudio -D --exit-idle-time=-1 --disallow-exit -n --log-level=error \
            --load=module-null-sink --load=module-native-protocol-unix >/tmp/ci-sound-daemon.log 2>&1 \
            && sleep 0.5 && pactl info >/dev/null 2>&1; then
        SOUND_STARTED=1
        echo "sound: PulseAudio started with a null sink"
    else
        echo "sound: PulseAudio would not start; sound tests will skip"
        tail -3 /tmp/ci-sound-daemon.log || true
    fi
    return 0
}

sound_teardown() {
    if [ "${SOUND_STARTED:-0}" = 1 ]; then
        pulseaudio --kill >/dev/null 2>&1 || true
    fi
}
