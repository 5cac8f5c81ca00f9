"""Translated labels for the core's vocabulary (the core's own labels are for documents)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from cchc_desktop.core.domain import (FeeKind, GuidanceChannel, GuidanceKind, GuidanceOutcome, LabelledEnum, Level,
                                       Lifecycle, Method, OnlineLevel, PrintResult, ProductKind, Progress, Role,
                                       SampleKind, TargetPer, TimeFrame, TimeUnit, Verification)


def lifecycle(value: Lifecycle) -> str:
    return {
        Lifecycle.IN_FORCE: QCoreApplication.translate("Labels", "In force"),
        Lifecycle.AMENDED: QCoreApplication.translate("Labels", "Amended"),
        Lifecycle.REPEALED: QCoreApplication.translate("Labels", "Repealed"),
        Lifecycle.PENDING: QCoreApplication.translate("Labels", "Not yet in force"),
    }[value]


def verification(value: Verification) -> str:
    return {
        Verification.VERIFIED: QCoreApplication.translate("Labels", "Verified"),
        Verification.PARTIAL: QCoreApplication.translate("Labels", "Partly verified"),
        Verification.UNVERIFIED: QCoreApplication.translate("Labels", "Not verified"),
    }[value]


def method(value: Method) -> str:
    return {
        Method.DIRECT: QCoreApplication.translate("Labels", "In person"),
        Method.ONLINE: QCoreApplication.translate("Labels", "Online"),
        Method.POSTAL: QCoreApplication.translate("Labels", "By post"),
    }[value]


def guidance_kind(value: GuidanceKind) -> str:
    return {
        GuidanceKind.ONLINE_SUBMISSION: QCoreApplication.translate("Labels", "Submitting online"),
        GuidanceKind.ONLINE_PAYMENT: QCoreApplication.translate("Labels", "Paying online"),
        GuidanceKind.ACCOUNT: QCoreApplication.translate("Labels", "Creating or activating a VNeID / portal account"),
        GuidanceKind.POSTAL: QCoreApplication.translate("Labels", "Public postal service"),
        GuidanceKind.LOOKUP: QCoreApplication.translate("Labels", "Looking up information"),
        GuidanceKind.OTHER: QCoreApplication.translate("Labels", "Other help"),
    }[value]


def guidance_channel(value: GuidanceChannel) -> str:
    return {
        GuidanceChannel.COUNTER: QCoreApplication.translate("Labels", "At the counter"),
        GuidanceChannel.PHONE: QCoreApplication.translate("Labels", "By phone"),
        GuidanceChannel.SOCIAL: QCoreApplication.translate("Labels", "Zalo or social media"),
        GuidanceChannel.MOBILE: QCoreApplication.translate("Labels", "Mobile / community digital team"),
    }[value]


def guidance_outcome(value: GuidanceOutcome) -> str:
    return {
        GuidanceOutcome.SUBMITTED: QCoreApplication.translate("Labels", "Submitted online"),
        GuidanceOutcome.PAID: QCoreApplication.translate("Labels", "Paid online"),
        GuidanceOutcome.FOLLOW_UP: QCoreApplication.translate("Labels", "Not finished – follow up"),
        GuidanceOutcome.REFERRED: QCoreApplication.translate("Labels", "Referred to another desk"),
    }[value]


def online_level(value: OnlineLevel) -> str:
    return {
        OnlineLevel.FULL: QCoreApplication.translate("Labels", "Fully online"),
        OnlineLevel.PARTIAL: QCoreApplication.translate("Labels", "Partly online"),
        OnlineLevel.NONE: QCoreApplication.translate("Labels", "Not online"),
    }[value]


def fee_kind(value: FeeKind) -> str:
    return {
        FeeKind.FEE: QCoreApplication.translate("Labels", "Fee"),
        FeeKind.CHARGE: QCoreApplication.translate("Labels", "Charge"),
        FeeKind.PRICE: QCoreApplication.translate("Labels", "Price"),
    }[value]


def time_limit(qty: float | None, unit: TimeUnit | None, text: str) -> str:
    """The verbatim time-limit text when there is one, else quantity and unit."""
    if text:
        return text
    if qty is None:
        return QCoreApplication.translate("Labels", "Not stated")
    number = int(qty) if float(qty).is_integer() else qty
    if unit is not None and float(number).is_integer():
        label = _plurals().time_unit(unit, int(number))
        if label is not None:
            return label
    see_cases = QCoreApplication.translate("Labels", "(see cases)")
    return f"{number} {see_cases}"


def role(value: Role) -> str:
    return {
        Role.ADMIN: QCoreApplication.translate("Labels", "Administrator"),
        Role.STAFF: QCoreApplication.translate("Labels", "Staff"),
        Role.READONLY: QCoreApplication.translate("Labels", "Read-only"),
    }[value]


def audit_action(code: str) -> str:
    """The trail's action codes in the UI language; codes other modules add show as they are."""
    names = {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
        "import": QCoreApplication.translate("Labels", "Catalogue import"),
        "undo_import": QCoreApplication.translate("Labels", "Import undone"),
        "load_demo": QCoreApplication.translate("Labels", "Demo catalogue loaded"),
        "purge": QCoreApplication.translate("Labels", "Purged"),
        "backup": QCoreApplication.translate("Labels", "Backup"),
        "restore": QCoreApplication.translate("Labels", "Restore"),
        "first_run": QCoreApplication.translate("Labels", "First set-up"),
        "sign_in": QCoreApplication.translate("Labels", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("Labels", "Wrong password"),
        "lock": QCoreApplication.translate("Labels", "Locked"),
        "unlock": QCoreApplication.translate("Labels", "Unlocked"),
        "change_password": QCoreApplication.translate("Labels", "Password changed"),
        "reset_password": QCoreApplication.translate("Labels", "Password reset"),
        "activate": QCoreApplication.translate("Labels", "Enabled"),
        "deactivate": QCoreApplication.translate("Labels", "Disabled"),
        "set_kiosk_pin": QCoreApplication.translate("Labels", "Kiosk PIN set"),
        "kiosk_role": QCoreApplication.translate("Labels", "Kiosk database role"),
        "anonymise": QCoreApplication.translate("Labels", "Contact details past retention erased"),
        "export_person": QCoreApplication.translate("Labels", "Personal data exported on request"),
        "erase_person": QCoreApplication.translate("Labels", "Personal data erased on request"),
        "copy_plan": QCoreApplication.translate("Labels", "Plan copied to a new year"),
        "load_demo_plan": QCoreApplication.translate("Labels", "Demo plan loaded"),
    }
    return names.get(code, code)


def audit_entity(code: str) -> str:
    names = {
        "procedure": QCoreApplication.translate("Labels", "Procedure"),
        "catalogue": QCoreApplication.translate("Labels", "Catalogue"),
        "field": QCoreApplication.translate("Labels", "Field"),
        "setting": QCoreApplication.translate("Labels", "Setting"),
        "account": QCoreApplication.translate("Labels", "Account"),
        "database": QCoreApplication.translate("Labels", "All data"),
        "kiosk": QCoreApplication.translate("Labels", "Kiosk"),
        "files": QCoreApplication.translate("Labels", "Attached files"),
        "guidance": QCoreApplication.translate("Labels", "Guidance log"),
        "plan": QCoreApplication.translate("Labels", "Communication plan"),
        "plan_activity": QCoreApplication.translate("Labels", "Communication activity"),
    }
    return names.get(code, code)


def level(value: Level) -> str:
    return {
        Level.COMMUNE: QCoreApplication.translate("Labels", "Commune level"),
        Level.PROVINCE: QCoreApplication.translate("Labels", "Province level"),
        Level.CENTRAL: QCoreApplication.translate("Labels", "Central level"),
        Level.OTHER: QCoreApplication.translate("Labels", "Other agency"),
    }[value]


def sample_kind(value: SampleKind) -> str:
    return {
        SampleKind.FILLED: QCoreApplication.translate("Labels", "Filled-in sample"),
        SampleKind.BLANK: QCoreApplication.translate("Labels", "Blank form"),
    }[value]


def time_unit(value: TimeUnit) -> str:
    return {
        TimeUnit.WORKING_DAY: QCoreApplication.translate("Labels", "working days"),
        TimeUnit.DAY: QCoreApplication.translate("Labels", "days"),
        TimeUnit.HOUR: QCoreApplication.translate("Labels", "hours"),
        TimeUnit.MONTH: QCoreApplication.translate("Labels", "months"),
        TimeUnit.YEAR: QCoreApplication.translate("Labels", "years"),
        TimeUnit.OTHER: QCoreApplication.translate("Labels", "other (see text)"),
    }[value]


def product_kind(value: ProductKind) -> str:
    return {
        ProductKind.NEWS: QCoreApplication.translate("Labels", "News item"),
        ProductKind.ARTICLE: QCoreApplication.translate("Labels", "Article"),
        ProductKind.VIDEO: QCoreApplication.translate("Labels", "Video, clip"),
        ProductKind.BROADCAST: QCoreApplication.translate("Labels", "Loudspeaker broadcast"),
        ProductKind.PRINTED: QCoreApplication.translate("Labels", "Printed material"),
        ProductKind.MEETING: QCoreApplication.translate("Labels", "Conference, dialogue"),
        ProductKind.TRAINING: QCoreApplication.translate("Labels", "Training"),
        ProductKind.CONTEST: QCoreApplication.translate("Labels", "Contest"),
        ProductKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def timeframe(value: TimeFrame) -> str:
    return {
        TimeFrame.YEAR: QCoreApplication.translate("Labels", "During the year"),
        TimeFrame.MONTHLY: QCoreApplication.translate("Labels", "Monthly"),
        TimeFrame.REGULAR: QCoreApplication.translate("Labels", "Regularly"),
        TimeFrame.BY_DATE: QCoreApplication.translate("Labels", "By a date"),
    }[value]


def target_per(value: TargetPer) -> str:
    return {
        TargetPer.WEEK: QCoreApplication.translate("Labels", "per week"),
        TargetPer.MONTH: QCoreApplication.translate("Labels", "per month"),
        TargetPer.QUARTER: QCoreApplication.translate("Labels", "per quarter"),
        TargetPer.YEAR: QCoreApplication.translate("Labels", "per year"),
    }[value]


def progress(value: Progress) -> str:
    return {
        Progress.MET: QCoreApplication.translate("Labels", "Met"),
        Progress.ON_TRACK: QCoreApplication.translate("Labels", "On track"),
        Progress.BEHIND: QCoreApplication.translate("Labels", "Behind"),
        Progress.MISSED: QCoreApplication.translate("Labels", "Missed"),
        Progress.UPCOMING: QCoreApplication.translate("Labels", "Not started"),
    }[value]


def print_result(value: PrintResult) -> str:
    return {
        PrintResult.OK: QCoreApplication.translate("Labels", "Done"),
        PrintResult.FAILED: QCoreApplication.translate("Labels", "Failed"),
        PrintResult.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[value]


_ENUMS = {Lifecycle: lifecycle, Verification: verification, Method: method, OnlineLevel: online_level,
          FeeKind: fee_kind, Role: role, Level: level, SampleKind: sample_kind, TimeUnit: time_unit,
          PrintResult: print_result, GuidanceKind: guidance_kind, GuidanceChannel: guidance_channel,
          GuidanceOutcome: guidance_outcome, ProductKind: product_kind, TimeFrame: timeframe, TargetPer: target_per,
          Progress: progress}


def enum_label(value: LabelledEnum) -> str:
    """Any of the core's enum values in the UI language (never its raw value)."""
    return _ENUMS[type(value)](value)


def portal_type(value: str) -> str:
    """The national portal's procedure type (STANDARD, SPECIFIC, …); an unknown one shows as it is."""
    names = {
        "": QCoreApplication.translate("Labels", "Not stated"),
        "STANDARD": QCoreApplication.translate("Labels", "Standard procedure (published by a ministry)"),
        "SPECIFIC": QCoreApplication.translate("Labels", "Local procedure (published by a province)"),
        "STANDARD_INTERNAL": QCoreApplication.translate("Labels", "Internal procedure"),
    }
    return names.get(value, value)


def setting(key: str) -> str:
    """A setting's name in the UI language; a key another module adds shows its core label."""
    names = {
        "center.name": QCoreApplication.translate("Labels", "Center name"),
        "center.address": QCoreApplication.translate("Labels", "Center address"),
        "center.hours": QCoreApplication.translate("Labels", "Opening hours"),
        "center.hotline": QCoreApplication.translate("Labels", "Hotline"),
        "center.social_url": QCoreApplication.translate("Labels", "Social media page"),
        "center.logo_sha256": QCoreApplication.translate("Labels", "Logo"),
        "center.province_code": QCoreApplication.translate("Labels", "Province code"),
        "center.ward_code": QCoreApplication.translate("Labels", "Ward code"),
        "catalogue.review_after_months": QCoreApplication.translate("Labels", "Months before a procedure is "
                                                                              "checked again"),
        "catalogue.staff_can_edit": QCoreApplication.translate("Labels", "Staff may edit the catalogue"),
        "backup.folder": QCoreApplication.translate("Labels", "Backup folder"),
        "backup.keep": QCoreApplication.translate("Labels", "Automatic backups kept"),
    }
    if key in names:
        return names[key]
    from cchc_desktop.core.options import OPTIONS  # only for keys added later

    option = OPTIONS.get(key)
    return option.label if option is not None else key


def audit_key(entity: str, key: str) -> str:
    """The trail's object key as people read it: a setting by its name, others (codes, user names) as they are."""
    return setting(key) if entity == "setting" else key


class Labels(QObject):
    """Labels with a count. lupdate 6.11 sees the count (and writes a plural entry) only in
    ``self.tr(text, "", n)``, not in ``QCoreApplication.translate``; the class name is the context."""

    def time_unit(self, unit: TimeUnit, n: int) -> str | None:
        return {
            TimeUnit.WORKING_DAY: self.tr("%n working day(s)", "", n),
            TimeUnit.DAY: self.tr("%n day(s)", "", n),
            TimeUnit.HOUR: self.tr("%n hour(s)", "", n),
            TimeUnit.MONTH: self.tr("%n month(s)", "", n),
            TimeUnit.YEAR: self.tr("%n year(s)", "", n),
        }.get(unit)


@cache
def _plurals() -> Labels:
    return Labels()
