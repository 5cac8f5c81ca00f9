"""The satisfaction survey the kiosk asks and the reports count.

Two instruments (../shared/docs/domain.md §5): a quick five-level rating of the
service as a whole, and the eight-question counter form of the one-stop shop,
each answer one of three (or two) choices. Answers are stored as stable tokens
(``{"q1": "good", …}``), never as a person's data. Labels here are the
Vietnamese of printed reports; the kiosk translates its own through Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc_desktop.core.errors import ValidationError

# The five levels, best first; a rating of 4 or 5 counts as satisfied (NQ 30c's "hài lòng").
LEVELS: dict[int, str] = {
    5: "Rất hài lòng",
    4: "Hài lòng",
    3: "Bình thường",
    2: "Không hài lòng",
    1: "Rất không hài lòng",
}
SATISFIED_FROM = 4


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    satisfied: bool  # counts towards the question's share of satisfied answers


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    choices: tuple[Choice, ...]

    def choice(self, value: str) -> Choice:
        for choice in self.choices:
            if choice.value == value:
                return choice
        raise ValidationError(f"Câu “{self.text}”: không có lựa chọn “{value}”.", self.key)


def _q(key: str, text: str, *choices: tuple[str, str, bool]) -> Question:
    return Question(key, text, tuple(Choice(*c) for c in choices))


QUESTIONS: tuple[Question, ...] = (
    _q("q1", "Trang phục, tác phong của công chức",
       ("good", "Tốt", True), ("normal", "Bình thường", False), ("poor", "Kém", False)),
    _q("q2", "Công chức hướng dẫn, giải thích đầy đủ, rõ ràng",
       ("good", "Tốt", True), ("normal", "Bình thường", False), ("poor", "Kém", False)),
    _q("q3", "Hồ sơ được giải quyết đúng hạn",
       ("early", "Sớm hạn", True), ("on_time", "Đúng hạn", True), ("late", "Trễ hạn", False)),
    _q("q4", "Số lần phải liên hệ để hoàn thiện hồ sơ",
       ("none", "Không lần nào", True), ("once", "Một lần", False), ("more", "Hơn một lần", False)),
    _q("q5", "Phải gặp cán bộ của cơ quan khác",
       ("none", "Không", True), ("one", "Một cơ quan", False), ("more", "Hơn một cơ quan", False)),
    _q("q6", "Công chức có thái độ cửa quyền, gây khó khăn",
       ("no", "Không", True), ("yes", "Có", False)),
    _q("q7", "Nội dung, hình thức công khai thủ tục hành chính tại Bộ phận Một cửa",
       ("paper_and_digital", "Đầy đủ, kịp thời, chính xác bằng bản giấy và có hướng dẫn khi công khai "
                             "bằng hình thức điện tử", True),
       ("paper", "Đầy đủ, kịp thời, chính xác bằng bản giấy", True),
       ("lacking", "Chưa kịp thời, đầy đủ, chính xác", False)),
    _q("q8", "Trang thiết bị, điều kiện phục vụ",
       ("satisfied", "Hài lòng", True), ("normal", "Bình thường", False), ("unsatisfied", "Không hài lòng", False)),
)
BY_KEY = {q.key: q for q in QUESTIONS}


def is_satisfied(level: int) -> bool:
    return level >= SATISFIED_FROM


def check(overall: int | None, answers: dict[str, str]) -> tuple[int | None, dict[str, str]]:
    """The rating as stored: a level 1–5 and/or known answers; a Vietnamese ValidationError otherwise.

    Unanswered questions are simply absent: a citizen may skip any of them.
    """
    if overall is not None and (isinstance(overall, bool) or overall not in LEVELS):
        raise ValidationError(f"Mức hài lòng “{overall}” không hợp lệ: cần từ 1 đến 5.", "overall")
    unknown = [k for k in answers if k not in BY_KEY]
    if unknown:
        raise ValidationError(f"Câu hỏi không có trong phiếu: {', '.join(sorted(unknown))}.", "answers")
    checked = {key: BY_KEY[key].choice(value).value for key, value in answers.items()}
    if overall is None and not checked:
        raise ValidationError("Phiếu đánh giá chưa có câu trả lời nào.", "answers")
    return overall, checked
