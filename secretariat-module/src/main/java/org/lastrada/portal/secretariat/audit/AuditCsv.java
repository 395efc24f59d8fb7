package org.lastrada.portal.secretariat.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lastrada.portal.shared.audit.AuditEvent;
import org.lastrada.portal.shared.audit.AuditLog;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** The audit log as CSV (RFC 4180), as filtered on screen, for the secretariat's own analysis. */
@Service
public class AuditCsv {

    static final int MAX_ROWS = 100_000;

    private final AuditLog auditLog;

    AuditCsv(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    public String export(AuditLog.Filter filter) {
        List<AuditEvent> events = auditLog.read(filter, PageRequest.of(0, MAX_ROWS)).getContent();
        return Stream.concat(Stream.of("time,actor,action,target_type,target,organisation_id,summary"),
                events.stream().map(e -> Stream.of(DateTimeFormatter.ISO_INSTANT.format(e.getOccurredAt()), e.getActorName(),
                                e.getAction(), e.getTargetType(), e.getTargetId(),
                                e.getOrganisationId() == null ? "" : e.getOrganisationId().toString(), e.getSummary())
                        .map(AuditCsv::cell).collect(Collectors.joining(","))))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** Quoted when needed; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
