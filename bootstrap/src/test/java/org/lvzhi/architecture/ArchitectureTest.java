package org.lvzhi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lvzhi");

    private static final JavaClasses VIOLATIONS = new ClassFileImporter()
            .importPackages("org.lvzhi.architecture.violations");

    @Test
    @DisplayName("the domain depends on nothing outside java..")
    void domainIsPureJava() {
        LayerRules.domainIsPureJava("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("the application uses no framework, JDBC, Redis, Quartz, adapter or bootstrap class")
    void applicationTalksThroughPorts() {
        LayerRules.applicationTalksThroughPorts("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("Quartz is used by the scheduler adapter only")
    void quartzStaysInTheSchedulerAdapter() {
        LayerRules.quartzStaysInTheSchedulerAdapter("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("adapters do not depend on each other")
    void adaptersAreIndependent() {
        LayerRules.adaptersAreIndependent("org.lvzhi").check(PRODUCTION);
        LayerRules.identityAdaptersAreIndependent("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("adapters see the application only through port.in, port.out, the shared kernel and the events")
    void adaptersSeeOnlyPorts() {
        LayerRules.adaptersSeeOnlyPorts("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("no two contexts depend on each other, in the application or in the domain")
    void contextsAreAcyclic() {
        LayerRules.applicationContextsAreAcyclic("org.lvzhi").check(PRODUCTION);
        LayerRules.domainContextsAreAcyclic("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("port.out never depends on port.in")
    void drivenPortsIgnoreDrivingPorts() {
        LayerRules.drivenPortsIgnoreDrivingPorts("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("only classes named Platform* take the platform (BYPASSRLS) data source")
    void onlyPlatformClassesUseThePlatformDataSource() {
        LayerRules.onlyPlatformClassesUseThePlatformDataSource("org.lvzhi").check(PRODUCTION);
    }

    @Test
    @DisplayName("the cycle rules catch two application contexts, and two domain contexts, that depend on each other")
    void cycleRulesCatchAViolation() {
        var application = LayerRules.applicationContextsAreAcyclic("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);
        var domain = LayerRules.domainContextsAreAcyclic("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);

        assertThat(application.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("AlphaService") && line.contains("BetaService"));
        assertThat(domain.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("AlphaRecord") && line.contains("BetaRecord"));
    }

    @Test
    @DisplayName("the port rule catches a port.out interface that takes a port.in type")
    void portRuleCatchesAViolation() {
        var result = LayerRules.drivenPortsIgnoreDrivingPorts("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);

        assertThat(result.getFailureReport().getDetails()).singleElement()
                .satisfies(line -> assertThat(line).contains("LeakyGammaPort").contains("GammaFilter"));
    }

    @Test
    @DisplayName("the adapter rule catches an adapter that calls a use case's service, and lets it name the port.in filter")
    void adapterRuleCatchesAViolation() {
        var result = LayerRules.adaptersSeeOnlyPorts("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);

        assertThat(result.getFailureReport().getDetails()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("ServiceCallingController").contains("GammaService"));
    }

    @Test
    @DisplayName("the platform rule catches a class not named Platform* that takes the platform data source")
    void platformRuleCatchesAViolation() {
        var result = LayerRules.onlyPlatformClassesUseThePlatformDataSource("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);

        assertThat(result.getFailureReport().getDetails()).singleElement()
                .satisfies(line -> assertThat(line).contains("TenantBypassingReader"));
    }

    @Test
    @DisplayName("the domain rule catches a domain class that uses the framework or JDBC")
    void domainRuleCatchesAViolation() {
        var result = LayerRules.domainIsPureJava("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("FrameworkAwareTerm"))
                .anyMatch(line -> line.contains("LeakyDeputy"));
    }

    @Test
    @DisplayName("the application rule catches a use case that imports Micronaut")
    void applicationRuleCatchesAViolation() {
        var result = LayerRules.applicationTalksThroughPorts("org.lvzhi.architecture.violations").evaluate(VIOLATIONS);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("FrameworkBoundService"));
    }
}
