package org.lastrada.portal.secretariat.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.workflow.WorkflowAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the network's evidence-based planning, over the last twelve months: what each organisation
 * published, how long members wait for a decision, how long the queue is, and how fresh each profile is.
 */
@Service
public class NetworkStatistics {

    private static final Set<WorkflowAction> DECISIONS = EnumSet.of(WorkflowAction.APPROVE, WorkflowAction.REQUEST_CHANGES,
            WorkflowAction.REJECT);
    private static final Set<WorkflowAction> SUBMISSIONS = EnumSet.of(WorkflowAction.SUBMIT, WorkflowAction.RESUBMIT);

    /** Median and 90th percentile of the hours from submission to decision, for decisions in one month. */
    public record DecisionTime(YearMonth month, int decisions, double medianHours, double p90Hours) {
    }

    /** How many items waited at the end of a month (the current month: now). */
    public record QueueLength(YearMonth month, int waiting) {
    }

    /** Days since an organisation's profile last changed. */
    public record ProfileAge(String organisation, long days) {
    }

    /** All figures at once. */
    public record Report(List<YearMonth> months, Map<String, Map<YearMonth, Integer>> publishedPerOrganisation,
                         List<DecisionTime> decisionTimes, List<QueueLength> queueLengths, List<ProfileAge> profileAges) {
    }

    private final JdbcClient jdbc;
    private final MemberOrganisationRepository organisations;
    private final CurrentActor currentActor;
    private final Clock clock;

    NetworkStatistics(JdbcClient jdbc, MemberOrganisationRepository organisations, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report report() {
        Actor actor = currentActor.require();
        if (!actor.isAdmin()) {
            throw new AccessDeniedException(actor.username() + " may not read the statistics.");
        }
        YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(now.minusMonths(i));
        }
        Instant since = months.get(0).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Report(months, published(months, since), decisionTimes(months, since), queueLengths(months, since),
                profileAges());
    }

    private Map<String, Map<YearMonth, Integer>> published(List<YearMonth> months, Instant since) {
        Map<String, Map<YearMonth, Integer>> perOrganisation = new TreeMap<>();
        for (MemberOrganisation organisation : organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE)) {
            Map<YearMonth, Integer> counts = new LinkedHashMap<>();
            months.forEach(month -> counts.put(month, 0));
            perOrganisation.put(organisation.getName(), counts);
        }
        jdbc.sql("""
                        select o.name, year(p.published_at) as y, month(p.published_at) as m, count(*) as n
                          from post p join member_organisation o on o.id = p.organisation_id
                         where p.status in ('PUBLISHED', 'ARCHIVED') and p.published_at >= :since and p.published_at <= :now
                         group by o.name, year(p.published_at), month(p.published_at)""")
                .param("since", LocalDateTime.ofInstant(since, ZoneOffset.UTC))
                .param("now", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .query((row, n) -> {
                    Map<YearMonth, Integer> counts = perOrganisation.get(row.getString("name"));
                    if (counts != null) {
                        counts.merge(YearMonth.of(row.getInt("y"), row.getInt("m")), row.getInt("n"), Integer::sum);
                    }
                    return null;
                }).list();
        return perOrganisation;
    }

    private record Step(String item, WorkflowAction action, Instant at) {
    }

    private List<Step> steps(Instant since) {
        return jdbc.sql("""
                        select item_type, item_id, action, occurred_at from moderation_event
                         where occurred_at >= :since order by occurred_at, id""")
                .param("since", LocalDateTime.ofInstant(since.minus(Duration.ofDays(90)), ZoneOffset.UTC))
                .query((row, n) -> new Step(row.getString("item_type") + ":" + row.getLong("item_id"),
                        WorkflowAction.valueOf(row.getString("action")),
                        row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)))
                .list();
    }

    private List<DecisionTime> decisionTimes(List<YearMonth> months, Instant since) {
        Map<String, Instant> submittedAt = new HashMap<>();
        Map<YearMonth, List<Double>> hours = new TreeMap<>();
        for (Step step : steps(since)) {
            if (SUBMISSIONS.contains(step.action())) {
                submittedAt.put(step.item(), step.at());
            } else if (DECISIONS.contains(step.action()) && submittedAt.containsKey(step.item()) && !step.at().isBefore(since)) {
                double waited = Duration.between(submittedAt.remove(step.item()), step.at()).toMinutes() / 60.0;
                hours.computeIfAbsent(YearMonth.from(step.at().atZone(ZoneOffset.UTC)), m -> new ArrayList<>()).add(waited);
            }
        }
        return months.stream().map(month -> {
            List<Double> values = hours.getOrDefault(month, List.of()).stream().sorted().toList();
            return new DecisionTime(month, values.size(), percentile(values, 50), percentile(values, 90));
        }).toList();
    }

    private List<QueueLength> queueLengths(List<YearMonth> months, Instant since) {
        Map<String, Boolean> waiting = new HashMap<>();
        List<Step> steps = steps(since);
        List<QueueLength> lengths = new ArrayList<>();
        int next = 0;
        for (YearMonth month : months) {
            Instant end = month.equals(months.get(months.size() - 1)) ? clock.instant()
                    : month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            while (next < steps.size() && steps.get(next).at().isBefore(end)) {
                Step step = steps.get(next++);
                if (SUBMISSIONS.contains(step.action())) {
                    waiting.put(step.item(), true);
                } else {
                    waiting.remove(step.item());
                }
            }
            lengths.add(new QueueLength(month, waiting.size()));
        }
        return lengths;
    }

    private List<ProfileAge> profileAges() {
        Instant now = clock.instant();
        return organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE).stream()
                .map(o -> new ProfileAge(o.getName(), ChronoUnit.DAYS.between(o.getProfileUpdatedAt(), now)))
                .toList();
    }

    static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
