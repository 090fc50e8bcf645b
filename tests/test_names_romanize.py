"""Names in other scripts: romanized comparison (``yzi18n.names.romanize``) and the errors it allows."""

from __future__ import annotations

from yzi18n.model import Severity
from yzi18n.names.romanize import comparable, mixed_script, romanize, sound_skeleton, sounds_like

from check_helpers import catalog, run


def test_renderings_in_other_scripts_read_like_their_name_and_not_like_another():
    assert romanize("Кун Лэй") == "kun ley"
    assert sounds_like("Кавано", "Kavanaugh") and sounds_like("Καβανό", "Kavanaugh")
    assert sounds_like("ٹرمپ", "Trump") and sounds_like("ट्रम्प", "Trump") and sounds_like("וושינגטון", "Washington")
    assert not sounds_like("Вашингтон", "Kavanaugh") and not sounds_like("Лондон", "Brexit")
    assert sound_skeleton("Кавано") == sound_skeleton("Kavanaugh")


def test_han_kana_and_hangul_are_not_compared():
    assert not comparable("卡瓦诺") and not comparable("カバノー") and not comparable("캐버노")
    assert comparable("Кавано") and comparable("Kavanaugh")


def test_a_word_mixing_scripts_is_a_slip():
    assert mixed_script("sിബിസി") and mixed_script("Мoсква")  # the second has a Latin o
    assert not mixed_script("Москва") and not mixed_script("Kavanaugh")
    assert mixed_script("Majкл") and mixed_script("Kавано")  # a Latin M, j, K typed in
    # a Latin name or acronym with the script's ending or prefix attached is a spelling
    assert not mixed_script("BBC-ийн") and not mixed_script("BBCیە") and not mixed_script("በScotland")


_RU = [("On Monday Kavanaugh spoke.", "В понедельник Кавано выступил."),
       ("Senators asked Kavanaugh.", "Сенаторы спросили Кавано."),
       ("Then Kavanaugh denied it.", "Затем Кавано это отрицал."),
       ("Protests in Washington grew.", "Протесты в Вашингтоне росли."),
       ("He flew to Washington.", "Он полетел в Вашингтон."),
       ("They said Washington agreed.", "Они сказали, что Вашингтон согласился.")]


def test_another_name_rendered_in_place_of_the_source_name_is_an_error_when_it_reads_otherwise():
    clean = run("names.consistency", [catalog("ru", _RU + [("They questioned Kavanaugh.", "Они допросили Кавано.")])])
    assert clean == []
    dirty = run("names.consistency", [catalog("ru", _RU + [("They questioned Kavanaugh.", "Они допросили в Вашингтоне.")])])
    assert [(f.severity, f.line) for f in dirty] == [(Severity.ERROR, 61)]


def test_in_han_another_rendering_stays_a_warning():
    zh = [("On Monday Kavanaugh spoke.", "周一卡瓦诺发言。"), ("Senators asked Kavanaugh.", "参议员问卡瓦诺。"),
          ("Then Kavanaugh denied it.", "然后卡瓦诺否认了。"), ("Protests in Washington grew.", "华盛顿的抗议活动增加了。"),
          ("He flew to Washington.", "他飞往华盛顿。"), ("They met in Washington.", "他们在华盛顿见面。"),
          ("They questioned Kavanaugh.", "他们询问了华盛顿。")]
    findings = run("names.consistency", [catalog("zh-Hans", zh)])
    assert findings and {f.severity for f in findings} == {Severity.WARNING}


def test_names_missing_flags_a_latin_letter_inside_a_cyrillic_word():
    assert run("names.missing", [catalog("ru", [("He flew to Washington.", "Он полетел в Вашингтон.")])]) == []
    findings = run("names.missing", [catalog("ru", [("He flew to Washington.", "Он полетел в Вашинrтон.")])])
    assert [(f.severity, f.target_marks) for f in findings] == [(Severity.ERROR, ("Вашинrтон",))]
