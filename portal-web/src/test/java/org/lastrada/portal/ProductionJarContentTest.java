package org.lastrada.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the portal's jar carries: everything of {@code org.lastrada.portal} on portal-web's classpath (its own classes
 * and the modules packed into the jar), and none of the benchmark data generator, which is a tool of
 * {@code deploy/load/large-network-generator}: no {@code benchmark} package, no {@code large-network} profile.
 */
@AnalyzeClasses(packages = "org.lastrada.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ProductionJarContentTest {

    private static final String GENERATOR_PROFILE = "large-network";

    @ArchTest
    static final ArchRule noBenchmarkCode = noClasses()
            .should().resideInAPackage("..benchmark..")
            .because("the large-network generator is a tool of deploy/load/, never part of the portal");

    @ArchTest
    static final ArchRule noBeanOfTheGeneratorProfile = classes()
            .should(notBeActiveIn(GENERATOR_PROFILE))
            .because("the portal has no profile that fills its database with benchmark data");

    @ArchTest
    static void noConfigurationOfTheGeneratorProfile(JavaClasses portal) throws IOException {
        assertThat(portal).as("the classes of the portal were imported").isNotEmpty();
        PathMatchingResourcePatternResolver classpath = new PathMatchingResourcePatternResolver();
        for (String extension : List.of("properties", "yml", "yaml")) {
            String name = "application-" + GENERATOR_PROFILE + "." + extension;
            assertThat(classpath.getResources("classpath*:" + name)).as(name + " on portal-web's classpath").isEmpty();
        }
    }

    /** Neither the class nor one of its methods (@Bean) carries a {@code @Profile} naming the profile. */
    private static ArchCondition<JavaClass> notBeActiveIn(String profile) {
        return new ArchCondition<>("not be or declare beans of the Spring profile " + profile) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (namesProfile(javaClass, profile)) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " has a @Profile naming " + profile));
                }
                javaClass.getMethods().stream()
                        .filter(method -> namesProfile(method, profile))
                        .forEach(method -> events.add(SimpleConditionEvent.violated(javaClass,
                                method.getFullName() + " has a @Profile naming " + profile)));
            }
        };
    }

    private static boolean namesProfile(HasAnnotations<?> element, String profile) {
        return element.tryGetAnnotationOfType(Profile.class)
                .map(annotation -> Arrays.stream(annotation.value()).anyMatch(expression -> expression.contains(profile)))
                .orElse(false);
    }
}
