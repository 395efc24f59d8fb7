package org.lastrada.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

/**
 * The module map of DESIGN.md as rules: portal-web -> members-module, secretariat-module -> workspace-ui -> shared-model,
 * the two workspaces never meet except through shared-model, views never reach repositories, no cycles.
 */
@AnalyzeClasses(packages = "org.lastrada.portal",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** The modules' shared test helpers (their test-jars) are not part of the application either. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String SHARED = "org.lastrada.portal.shared..";
    private static final String MEMBERS = "org.lastrada.portal.members..";
    private static final String SECRETARIAT = "org.lastrada.portal.secretariat..";
    private static final String WORKSPACE_UI = "org.lastrada.portal.workspaceui..";

    /** Everything of the portal that is not a feature module: the web application (portal-web). */
    private static final DescribedPredicate<JavaClass> WEB_APPLICATION = resideInAPackage("org.lastrada.portal..")
            .and(not(resideInAnyPackage(SHARED, WORKSPACE_UI, MEMBERS, SECRETARIAT)))
            .as("portal-web classes");

    @ArchTest
    static final ArchRule sharedModelKnowsNoFeatureModuleNorTheWebApplication = noClasses()
            .that().resideInAPackage(SHARED)
            .should().dependOnClassesThat(resideInAnyPackage(WORKSPACE_UI, MEMBERS, SECRETARIAT).or(WEB_APPLICATION));

    @ArchTest
    static final ArchRule workspaceUiKitKnowsNoFeatureModuleNorTheWebApplication = noClasses()
            .that().resideInAPackage(WORKSPACE_UI)
            .should().dependOnClassesThat(resideInAnyPackage(MEMBERS, SECRETARIAT).or(WEB_APPLICATION));

    @ArchTest
    static final ArchRule sharedModelKnowsNoVaadinNorHttp = noClasses()
            .that().resideInAPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.servlet..", "org.springframework.web..");

    @ArchTest
    static final ArchRule membersModuleNeverUsesTheSecretariatModuleOrTheWebApplication = noClasses()
            .that().resideInAPackage(MEMBERS)
            .should().dependOnClassesThat(resideInAPackage(SECRETARIAT).or(WEB_APPLICATION))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule secretariatModuleNeverUsesTheMembersModuleOrTheWebApplication = noClasses()
            .that().resideInAPackage(SECRETARIAT)
            .should().dependOnClassesThat(resideInAPackage(MEMBERS).or(WEB_APPLICATION))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses()
            .that().areAssignableTo("com.vaadin.flow.component.Component")
            .should().dependOnClassesThat(assignableTo("org.springframework.data.repository.Repository"))
            .allowEmptyShould(true);

    /** Like the Vaadin walking skeleton's rule: data is reached through services (and the background jobs), never directly. */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyByServicesAndBackgroundJobs = noClasses()
            .that().areNotAnnotatedWith("org.springframework.stereotype.Service")
            .and().areNotAnnotatedWith("org.springframework.stereotype.Component")
            .and().areNotAssignableTo("org.springframework.data.repository.Repository")
            .and(not(resideInAPackage("org.lastrada.portal.shared.migration..")))
            .should().dependOnClassesThat(assignableTo("org.springframework.data.repository.Repository"));

    /** What the public may see is decided in one place; pages, feeds, search, files and the API ask it. */
    @ArchTest
    static final ArchRule publicReadsGoThroughThePublicCatalogue = noClasses()
            .that().resideInAnyPackage("org.lastrada.portal.publicsite..", "org.lastrada.portal.api..")
            .and().doNotHaveSimpleName("PublicCatalogue")
            .should().dependOnClassesThat(assignableTo("org.springframework.data.repository.Repository"));

    /**
     * The entities name their analysers with search's constants, which the compiler inlines, so that dependency
     * is invisible here; the rule keeps the other direction empty, or the two packages would form a cycle.
     */
    @ArchTest
    static final ArchRule searchAnalysisKnowsNoEntity = noClasses()
            .that().resideInAPackage("org.lastrada.portal.shared.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lastrada.portal.shared.posts..",
                    "org.lastrada.portal.shared.organisations..", "org.lastrada.portal.shared.pages..",
                    "org.lastrada.portal.shared.profiles..", "org.lastrada.portal.shared.accounts..");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("org.lastrada.portal.(**)")
            .should().beFreeOfCycles();
}
