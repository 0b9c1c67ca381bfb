from ..autorisatie_sleutel import LEVELS, sleutels


def test_sleutels_cover_the_levels_up_to_the_maximum():
    assert list(sleutels(3, "openbaar")) == [24]
    assert list(sleutels(3, "zaakvertrouwelijk")) == [24, 25, 26, 27]
    assert list(sleutels(3, "zeer_geheim")) == list(range(24, 32))
    assert len(LEVELS) == 8
