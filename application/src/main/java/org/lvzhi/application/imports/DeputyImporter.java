package org.lvzhi.application.imports;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.imports.port.out.ImportKind;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Name;

/**
 * Deputies from a spreadsheet, registered as one by one through the register (identity provisioning and
 * notifications included). The term is named by its number, the delegation and deputy group by their names.
 */
@Singleton
class DeputyImporter implements RowImporter {

    static final Column NAME = Column.required("姓名", "name");
    static final Column TERM = Column.required("届次", "term");
    static final Column CONSTITUENCY = Column.required("选举单位类型", "constituency");
    static final Column CONSTITUENCY_NAME = Column.optional("选举单位", "constituencyName");
    static final Column DELEGATION = Column.optional("代表团", "delegation");
    static final Column GROUP = Column.optional("代表小组", "deputyGroup");
    static final Column STATION = Column.optional("联络站", "liaisonStation");
    static final Column GRASSROOTS = Column.optional("基层代表", "grassroots");
    static final Column MILITARY = Column.optional("解放军代表", "military");
    static final Column PHONE = Column.optional("手机", "phone");
    static final Column EMAIL = Column.optional("邮箱", "email");
    static final Column LOGIN = Column.optional("登录名", "login");
    private static final List<Column> COLUMNS =
            List.of(NAME, TERM, CONSTITUENCY, CONSTITUENCY_NAME, DELEGATION, GROUP, STATION, GRASSROOTS, MILITARY, PHONE, EMAIL, LOGIN);

    private final LoadTermsPort terms;
    private final LoadUnitPort units;
    private final LoadDeputyPort deputies;
    private final PersonPort persons;
    private final DeputyRegisterUseCase register;

    DeputyImporter(LoadTermsPort terms, LoadUnitPort units, LoadDeputyPort deputies, PersonPort persons,
            DeputyRegisterUseCase register) {
        this.terms = terms;
        this.units = units;
        this.deputies = deputies;
        this.persons = persons;
        this.register = register;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DEPUTIES;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Set<AccessRole> allowedRoles() {
        return Set.of(AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER);
    }

    @Override
    public String title() {
        return "代表名册";
    }

    @Override
    public Batch<Candidate> open(ActingCaller caller) {
        return new DeputyBatch(caller);
    }

    /** A row ready to register, with the term number it named (part of its identity). */
    record Candidate(RegisterDeputyCommand command, int termNumber) {
    }

    private final class DeputyBatch implements Batch<Candidate> {

        private final ActingCaller caller;
        private final Map<Integer, Term> termsByNumber;
        private final Map<String, UnitId> delegations;
        private final Map<String, UnitId> groups;
        private final Map<String, UnitId> stations;
        private final Set<String> loginsInFile = new HashSet<>();

        DeputyBatch(ActingCaller caller) {
            this.caller = caller;
            this.termsByNumber = terms.calendar().terms().stream().collect(Collectors.toMap(Term::number, Function.identity()));
            this.delegations = unitsByName(UnitKind.DELEGATION);
            this.groups = unitsByName(UnitKind.DEPUTY_GROUP);
            this.stations = unitsByName(UnitKind.LIAISON_STATION);
        }

        @Override
        public Optional<Candidate> validate(ImportRow row, RowErrors errors) {
            Name name = Optional.ofNullable(errors.required(NAME)).map(n -> errors.check(NAME, () -> new Name(n))).orElse(null);
            Term term = term(row, errors);
            Constituency constituency = constituency(row, errors);
            Optional<UnitId> delegation = unit(row, DELEGATION, delegations, UnitKind.DELEGATION, errors);
            Optional<UnitId> group = unit(row, GROUP, groups, UnitKind.DEPUTY_GROUP, errors);
            Optional<UnitId> station = unit(row, STATION, stations, UnitKind.LIAISON_STATION, errors);
            boolean grassroots = yesNo(row, GRASSROOTS, errors);
            boolean military = yesNo(row, MILITARY, errors);
            Seat seat = constituency == null ? null : errors.check(CONSTITUENCY_NAME, () -> new Seat(constituency,
                    row.value(CONSTITUENCY_NAME), delegation, group, station, grassroots, military));
            ContactDetails contact = errors.check(field -> field.endsWith("email") ? EMAIL : PHONE,
                    () -> new ContactDetails(row.value(PHONE), row.value(EMAIL), Optional.empty()));
            Optional<Login> login = login(row, errors);
            if (errors.any()) {
                return Optional.empty();
            }
            return Optional.of(new Candidate(new RegisterDeputyCommand(name, login, term.id(), seat, contact), term.number()));
        }

        /** A deputy of that name already sits in the term for the same constituency, or the login's person does. */
        @Override
        public void checkConflicts(Candidate candidate, RowErrors errors) {
            RegisterDeputyCommand command = candidate.command();
            if (alreadyRegistered(command.name(), command.term(), command.seat())) {
                errors.add(NAME, "deputy.already-registered", command.name(), candidate.termNumber());
            }
            command.login().filter(login -> persons.idOf(login).filter(p -> deputies.hasSeat(p, command.term())).isPresent())
                    .ifPresent(login -> errors.add(LOGIN, "login.seated", login, candidate.termNumber()));
        }

        @Override
        public List<String> identity(Candidate candidate) {
            return List.of(candidate.command().name().value(), Integer.toString(candidate.termNumber()),
                    candidate.command().seat().constituencyName().orElse(""));
        }

        @Override
        public String identityColumns() {
            return "姓名、届次、选举单位";
        }

        @Override
        public String create(Candidate candidate) {
            return register.register(caller.congress(), candidate.command()).deputy().id().value().toString();
        }

        private Term term(ImportRow row, RowErrors errors) {
            String text = errors.required(TERM);
            if (text == null) {
                return null;
            }
            Optional<Integer> number = Cells.number(text);
            if (number.isEmpty()) {
                errors.add(TERM, "term.invalid", text);
                return null;
            }
            Term term = termsByNumber.get(number.get());
            if (term == null) {
                errors.add(TERM, "term.unknown", number.get());
            }
            return term;
        }

        private Constituency constituency(ImportRow row, RowErrors errors) {
            String text = errors.required(CONSTITUENCY);
            if (text == null) {
                return null;
            }
            return switch (text) {
                case "选举单位", "原选举单位", "ELECTING_UNIT", "electing_unit" -> Constituency.ELECTING_UNIT;
                case "选区", "原选区", "DISTRICT", "district" -> Constituency.DISTRICT;
                default -> {
                    errors.add(CONSTITUENCY, "constituency.invalid", text);
                    yield null;
                }
            };
        }

        private Optional<UnitId> unit(ImportRow row, Column column, Map<String, UnitId> byName, UnitKind kind, RowErrors errors) {
            Optional<String> name = row.value(column);
            Optional<UnitId> unit = name.map(byName::get);
            if (name.isPresent() && unit.isEmpty()) {
                errors.add(column, "unit.unknown", kind, name.get());
            }
            return unit;
        }

        private boolean yesNo(ImportRow row, Column column, RowErrors errors) {
            Optional<String> text = row.value(column);
            if (text.isEmpty()) {
                return false;
            }
            Optional<Boolean> answer = Cells.yesNo(text.get());
            if (answer.isEmpty()) {
                errors.add(column, "yes-no.invalid", text.get());
            }
            return answer.orElse(false);
        }

        /** The login, refused when it is used twice in the file. */
        private Optional<Login> login(ImportRow row, RowErrors errors) {
            Optional<String> text = row.value(LOGIN);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Login login = errors.check(LOGIN, () -> new Login(text.get()));
            if (login == null) {
                return Optional.empty();
            }
            if (!loginsInFile.add(login.value())) {
                errors.add(LOGIN, "login.twice", login);
            }
            return Optional.of(login);
        }

        private boolean alreadyRegistered(Name name, TermId term, Seat seat) {
            return NamedDeputies.named(deputies, name.value(), Optional.of(term)).stream()
                    .anyMatch(v -> v.deputy().seat().constituencyName().equals(seat.constituencyName()));
        }

        private Map<String, UnitId> unitsByName(UnitKind kind) {
            Map<String, UnitId> byName = new HashMap<>();
            for (int page = 0; ; page++) {
                Page<OrganisationUnit> found = units.list(kind, new PageRequest(page, PageRequest.MAX_SIZE));
                found.items().forEach(u -> byName.putIfAbsent(u.name().value(), u.id()));
                if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                    return byName;
                }
            }
        }
    }
}
