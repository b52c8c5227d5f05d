package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.port.out.FactListener;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.compliance.DutyPoints;
import org.lvzhi.domain.compliance.Placement;
import org.lvzhi.domain.compliance.PointsCalculator;
import org.lvzhi.domain.compliance.ScoredDeputy;
import org.lvzhi.domain.compliance.Standings;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.RankScope;
import org.lvzhi.domain.supervision.RankingFacts;
import org.lvzhi.domain.supervision.SupervisionCase;
import org.lvzhi.domain.supervision.SupervisionEvaluator;

/**
 * Judges the RANKING rules of a congress for every serving deputy of a term at once, to be called inside a transaction
 * of the congress. First every serving deputy is scored in each points window of the term ended by the day, by the
 * profile version in force on the window's last day, and ranked in each scope ({@link Standings}); then each deputy's
 * ranking cases are judged on those placements ({@link SupervisionEvaluator#judgeRankings}). Files and cases are read a
 * batch of deputies at a time. A fact about one deputy moves the others' ranks, so a fact filed where a ranking rule is
 * in force judges the whole term's rankings again; where none is, nothing is read.
 */
@Singleton
class RankingReview implements FactListener {

    private static final int BATCH = 1_000;

    private final LoadDeputyPort deputies;
    private final LoadTermsPort terms;
    private final DeputyFiles files;
    private final SupervisionCasePort cases;
    private final SupervisionReview supervision;
    private final PolicyProfileQueries profiles;
    private final Clock clock;

    RankingReview(LoadDeputyPort deputies, LoadTermsPort terms, DeputyFiles files, SupervisionCasePort cases, SupervisionReview supervision,
            PolicyProfileQueries profiles, Clock clock) {
        this.deputies = deputies;
        this.terms = terms;
        this.files = files;
        this.cases = cases;
        this.supervision = supervision;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public void filed(CongressId congress, DeputyId deputy) {
        deputies.find(deputy).flatMap(found -> terms.find(found.deputy().term()))
                .ifPresent(term -> review(congress, term, LegalDate.today(clock)));
    }

    /** Judges the term's ranking rules for all its serving deputies; answers the cases opened. */
    List<SupervisionCase> review(CongressId congress, Term term, LocalDate on) {
        Map<LocalDate, EffectiveProfile> inForce = new HashMap<>();
        Function<LocalDate, EffectiveProfile> profileOn = day -> inForce.computeIfAbsent(day, d -> profiles.effectiveIn(congress, d));
        List<LocalDate> windowEnds = windowEnds(term, on);
        if (Stream.concat(windowEnds.stream(), Stream.of(on)).map(profileOn).noneMatch(SupervisionEvaluator::ranks)) {
            return List.of();
        }
        List<DeputyView> serving = serving(term);
        Map<DeputyId, DeputyAttributes> attributes = new HashMap<>();
        Map<DateRange, List<ScoredDeputy>> scored = new HashMap<>();
        for (int from = 0; from < serving.size(); from += BATCH) {
            for (DeputyFile file : files.of(serving.subList(from, Math.min(serving.size(), from + BATCH)), on)) {
                attributes.put(file.deputy().deputy().id(), file.attributes());
                for (LocalDate end : windowEnds) {
                    score(profileOn.apply(end), file, end).ifPresent(points -> scored.computeIfAbsent(points.window(), w -> new ArrayList<>())
                            .add(new ScoredDeputy(file.deputy().deputy().id(), units(file.deputy().deputy().seat()), points)));
                }
            }
        }
        Map<DeputyId, List<Placement>> placements = scored.entrySet().stream()
                .flatMap(window -> Standings.of(window.getKey(), window.getValue()).stream())
                .collect(Collectors.groupingBy(Placement::deputy));
        List<SupervisionCase> opened = new ArrayList<>();
        for (int from = 0; from < serving.size(); from += BATCH) {
            List<DeputyView> batch = serving.subList(from, Math.min(serving.size(), from + BATCH));
            Map<DeputyId, List<SupervisionCase>> casesOf = cases.ofDeputies(batch.stream().map(d -> d.deputy().id()).toList()).stream()
                    .collect(Collectors.groupingBy(SupervisionCase::deputy));
            for (DeputyView deputy : batch) {
                DeputyId id = deputy.deputy().id();
                RankingFacts facts = new RankingFacts(id, term, attributes.get(id), placements.getOrDefault(id, List.of()),
                        casesOf.getOrDefault(id, List.of()));
                opened.addAll(supervision.apply(congress, deputy, SupervisionEvaluator.judgeRankings(profileOn, facts, on), on));
            }
        }
        return opened;
    }

    /** The last day of each year of the term and the term's last day, those not after the day: where a points window can end. */
    private static List<LocalDate> windowEnds(Term term, LocalDate on) {
        TreeSet<LocalDate> ends = new TreeSet<>();
        for (int year = term.startsOn().getYear(); year < term.endsOn().getYear(); year++) {
            ends.add(LocalDate.of(year, 12, 31));
        }
        ends.add(term.endsOn());
        return List.copyOf(ends.headSet(on, true));
    }

    /** The deputy's points in the window that ends on the day, where the version then in force has a scheme. */
    private static Optional<DutyPoints> score(EffectiveProfile profile, DeputyFile file, LocalDate end) {
        return PointsCalculator.score(profile, file.records(), file.absences(), file.term(), end)
                .filter(points -> points.window().to().equals(end));
    }

    private static Map<RankScope, String> units(Seat seat) {
        Map<RankScope, String> units = new HashMap<>(Map.of(RankScope.CONGRESS, ""));
        seat.delegation().ifPresent(unit -> units.put(RankScope.DELEGATION, unit.toString()));
        seat.deputyGroup().ifPresent(unit -> units.put(RankScope.DEPUTY_GROUP, unit.toString()));
        seat.liaisonStation().ifPresent(unit -> units.put(RankScope.LIAISON_STATION, unit.toString()));
        return units;
    }

    private List<DeputyView> serving(Term term) {
        List<DeputyView> serving = new ArrayList<>();
        List<DeputyView> batch;
        do {
            batch = deputies.servingAfter(term.id(), serving.isEmpty() ? Optional.empty() : Optional.of(serving.getLast().deputy().id()), BATCH);
            serving.addAll(batch);
        } while (batch.size() == BATCH);
        return serving;
    }
}
