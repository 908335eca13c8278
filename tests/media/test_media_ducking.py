import pytest

from editor_app.media.ducking import duck_envelope


def _value(env, t):
    for (t0, v0), (t1, v1) in zip(env, env[1:]):
        if t0 <= t <= t1:
            return v0 if t1 == t0 else v0 + (v1 - v0) * (t - t0) / (t1 - t0)
    raise AssertionError(f"{t} outside envelope")


def test_single_phrase_shape() -> None:
    env = duck_envelope([(10.0, 12.0)], clip_start_s=5.0, clip_duration_s=15.0)
    assert env == [(0.0, 0.0), (4.85, 0.0), (5.0, -12.0), (7.0, -12.0), (7.4, 0.0), (15.0, 0.0)]


def test_short_gap_stays_ducked_long_gap_recovers() -> None:
    env = duck_envelope([(1.0, 2.0), (2.3, 3.0), (5.0, 6.0)], 0.0, 8.0, duck_db=-15, attack=0.2, release=0.5)
    assert _value(env, 2.15) == -15  # 0.3 s gap < 0.7: merged
    assert _value(env, 4.0) == 0  # 2 s gap: back to full level
    assert _value(env, 4.9) == pytest.approx(-7.5)  # halfway down the attack
    assert _value(env, 6.25) == pytest.approx(-7.5)  # halfway up the release
    assert env[0] == (0.0, 0.0) and env[-1] == (8.0, 0.0)
    assert [t for t, _ in env] == sorted(t for t, _ in env)


def test_speech_over_clip_edges_is_interpolated() -> None:
    # Speech began before the clip and continues past its end.
    env = duck_envelope([(0.0, 100.0)], 5.0, 10.0)
    assert env == [(0.0, -12.0), (10.0, -12.0)]
    # Clip starts in the middle of a release ramp.
    env = duck_envelope([(0.0, 4.0)], 4.2, 5.0, duck_db=-10, release=0.4)
    assert env[0] == (0.0, -5.0) and env[1] == (0.2, 0.0)


def test_no_speech_and_base_level() -> None:
    assert duck_envelope([], 0.0, 5.0, base_db=-3) == [(0.0, -3.0), (5.0, -3.0)]
    assert duck_envelope([(20, 30)], 0.0, 5.0) == [(0.0, 0.0), (5.0, 0.0)]
    assert duck_envelope([(1, 2)], 0.0, 0.0) == []
    env = duck_envelope([(1.0, 2.0)], 0.0, 4.0, duck_db=-20, base_db=-6)
    assert min(db for _, db in env) == -20 and env[0][1] == -6
