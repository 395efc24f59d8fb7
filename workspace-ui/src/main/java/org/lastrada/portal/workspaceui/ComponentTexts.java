package org.lastrada.portal.workspaceui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What Vaadin's own components write (a date picker's months and buttons, an upload's prompts and errors) in the UI's
 * language: their defaults are English whatever the UI's locale.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /** Dates in the person's style, months and weekdays in their language, weeks starting on their first day. */
    public static DatePicker localise(DatePicker picker) {
        picker.setLocale(WorkspaceTime.locale());
        picker.setI18n(datePickerTexts());
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker) {
        picker.setLocale(WorkspaceTime.locale());
        picker.setDatePickerI18n(datePickerTexts());
        return picker;
    }

    /** An upload's prompts, states and errors; sizes keep their international units (kB, MB). */
    public static Upload localise(Upload upload) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(text("upload.add.one")).setMany(text("upload.add.many")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(text("upload.drop.one")).setMany(text("upload.drop.many")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(text("upload.error.too-many-files"))
                .setFileIsTooBig(text("upload.error.too-big")).setIncorrectFileType(text("upload.error.wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("upload.status.connecting"))
                        .setStalled(text("upload.status.stalled")).setProcessing(text("upload.status.processing"))
                        .setHeld(text("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text("upload.remaining"))
                        .setUnknown(text("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text("upload.error.server-unavailable"))
                        .setUnexpectedServerError(text("upload.error.server")).setForbidden(text("upload.error.forbidden"))));
        texts.setFile(new UploadI18N.File().setRetry(text("upload.file.retry")).setStart(text("upload.file.start"))
                .setRemove(text("upload.file.remove")));
        upload.setI18n(texts);
        return upload;
    }

    private static DatePicker.DatePickerI18n datePickerTexts() {
        Locale locale = WorkspaceTime.locale();
        // Vaadin counts weekdays from Sunday (0).
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(month -> monthName(month, locale)).toList())
                .setWeekdays(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(day -> day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(text("date-picker.today"))
                .setCancel(text("date-picker.cancel"))
                .setBadInputErrorMessage(text("date-picker.bad-input"));
    }

    /** The month as a calendar's heading names it: "styczeń", not the "stycznia" of a date. */
    private static String monthName(Month month, Locale locale) {
        String standalone = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        String name = standalone.chars().allMatch(Character::isDigit) ? month.getDisplayName(TextStyle.FULL, locale) : standalone;
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String text(String key) {
        return WorkspaceTexts.of("workspace.component." + key);
    }
}
