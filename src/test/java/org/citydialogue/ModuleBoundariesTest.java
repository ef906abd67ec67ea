package org.citydialogue;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules depend on each other one way only: the shell on the features, features on
 * identity and calendar, identity and calendar on tenancy, and everything may use i18n, which uses
 * none of them. Calendar (working days, deadlines) knows nothing of who is signed in or of screens.
 *
 * <p>Platform (events across nodes) is the lowest layer: every module may use it and it uses none.
 * It needs the shared database's connections, but only declares them ({@code EventDatabase});
 * tenancy, which knows where that database is and how the app logs in, provides them. So platform
 * sits below tenancy, as the architecture sketch has it, rather than beside it.
 */
class ModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citydialogue");
    }

    @Test
    void modules_form_layers_that_depend_downwards_only() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("shell").definedBy("org.citydialogue.shell..")
                .layer("benchmarks").definedBy("org.citydialogue.benchmarks..")
                .layer("cases").definedBy("org.citydialogue.cases..")
                .layer("partnership").definedBy("org.citydialogue.partnership..")
                .layer("identity").definedBy("org.citydialogue.identity..")
                .layer("calendar").definedBy("org.citydialogue.calendar..")
                .layer("tenancy").definedBy("org.citydialogue.tenancy..")
                .layer("i18n").definedBy("org.citydialogue.i18n..")
                .layer("platform").definedBy("org.citydialogue.platform..")
                .whereLayer("shell").mayNotBeAccessedByAnyLayer()
                .whereLayer("benchmarks").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("cases").mayOnlyBeAccessedByLayers("shell", "benchmarks")
                .whereLayer("partnership").mayOnlyBeAccessedByLayers("shell", "benchmarks")
                .whereLayer("identity").mayOnlyBeAccessedByLayers("shell", "benchmarks", "cases", "partnership")
                .whereLayer("calendar").mayOnlyBeAccessedByLayers("shell", "benchmarks", "cases")
                .whereLayer("tenancy").mayOnlyBeAccessedByLayers("shell", "benchmarks", "cases", "partnership",
                        "identity", "calendar")
                .whereLayer("i18n").mayOnlyBeAccessedByLayers("shell", "benchmarks", "cases", "partnership", "identity",
                        "tenancy", "calendar")
                .whereLayer("platform").mayNotAccessAnyLayer()
                .check(classes);
    }

    @Test
    void no_module_takes_part_in_a_dependency_cycle() {
        slices().matching("org.citydialogue.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Services stay usable without a screen; only the security setup names the sign-in view. */
    @Test
    void a_module_core_does_not_depend_on_views() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideOutsideOfPackages("org.citydialogue.shell..", "org.citydialogue..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("org.citydialogue..ui..")
                .check(classes);
    }
}
