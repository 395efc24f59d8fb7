package org.lastrada.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files cannot be run here (no Docker engine), so their essentials are checked as data:
 * pinned images, probes, cookie affinity, no plaintext secrets, and every variable the application reads
 * in production defined for both compose and Kubernetes.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("..", "deploy");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    /**
     * Read only by the default (demo) profile, by the image's training start (Dockerfile) or by tests, never in
     * production.
     */
    private static final Set<String> NOT_IN_PRODUCTION = Set.of("PORT", "PORTAL_DATA_DIR", "PORTAL_DEMO_ENABLED",
            "PORTAL_DEMO_PASSWORD", "PORTAL_WARM_UP_EXIT_WHEN_DONE");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)[:}]");

    @Test
    void everyYamlFileParses() throws IOException {
        assertThat(yamlFiles()).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : yamlFiles()) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void imagesArePinnedToAVersion() throws IOException {
        List<String> images = new ArrayList<>();
        for (Path file : yamlFiles()) {
            collect(documents(file), "image", images);
        }
        Files.readAllLines(DEPLOY.resolve("Dockerfile")).stream().filter(line -> line.startsWith("FROM "))
                .forEach(line -> images.add(line.split("\\s+")[1]));
        assertThat(images).isNotEmpty().allSatisfy(image -> assertThat(image).as(image)
                .matches(".+:[0-9][^:]*").doesNotEndWith(":latest"));
    }

    @Test
    void kubernetesDeploymentHasProbesLimitsNonRootAndTwoReplicas() throws IOException {
        Map<String, Object> deployment = byKind("Deployment");
        Map<String, Object> spec = map(deployment, "spec");
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> pod = map(map(spec, "template"), "spec");
        assertThat(map(pod, "securityContext")).containsEntry("runAsNonRoot", true);
        Map<String, Object> container = list(pod, "containers").get(0);
        assertThat(container).containsKeys("livenessProbe", "readinessProbe", "resources");
        assertThat(map(map(container, "readinessProbe"), "httpGet")).containsEntry("path", "/actuator/health/readiness");
        assertThat(map(map(container, "livenessProbe"), "httpGet")).containsEntry("path", "/actuator/health/liveness");
        assertThat(map(map(container, "resources"), "limits")).containsKeys("cpu", "memory");
        assertThat(byKind("PodDisruptionBudget")).isNotNull();
        assertThat(byKind("Service")).isNotNull();
    }

    @Test
    void ingressKeepsWorkspaceUsersOnTheirNode() throws IOException {
        Map<String, Object> annotations = map(map(byKind("Ingress"), "metadata"), "annotations");
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
    }

    @Test
    void noPlaintextSecretsAreCommitted() throws IOException {
        Map<String, Object> secret = byKind("Secret");
        assertThat(map(secret, "stringData").values()).allSatisfy(value -> assertThat(value.toString()).matches("\\$\\{[A-Z_]+}"));
        Map<String, Object> compose = documents(DEPLOY.resolve("docker-compose.yml")).get(0);
        for (Map<String, Object> service : List.copyOf(map(compose, "services").values().stream().map(DeployFilesTest::asMap).toList())) {
            Map<String, Object> environment = service.containsKey("environment") ? map(service, "environment") : Map.of();
            environment.forEach((name, value) -> {
                if (name.matches(".*(PASSWORD|SECRET).*")) {
                    assertThat(value.toString()).as(name).matches("\\$\\{[A-Z_]+}");
                }
            });
        }
        assertThat(Files.readString(DEPLOY.resolve("Dockerfile"))).doesNotContainPattern("(?i)(password|secret)\\s*=");
    }

    @Test
    void everyVariableTheApplicationReadsIsDefinedForComposeAndKubernetes() throws IOException {
        Set<String> used = new HashSet<>();
        for (String properties : List.of("application.properties", "application-mysql.properties", "application-keycloak.properties")) {
            Matcher matcher = VARIABLE.matcher(Files.readString(RESOURCES.resolve(properties)));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        used.removeAll(NOT_IN_PRODUCTION);
        String envExample = Files.readString(DEPLOY.resolve(".env.example"));
        Set<String> kubernetes = new HashSet<>(map(byKind("ConfigMap"), "data").keySet());
        kubernetes.addAll(map(byKind("Secret"), "stringData").keySet());
        assertThat(used).isNotEmpty().allSatisfy(variable -> {
            assertThat(envExample).as(variable + " in .env.example").containsPattern("(?m)^" + variable + "=");
            assertThat(kubernetes).as(variable + " in ConfigMap or Secret").contains(variable);
        });
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            if (document != null) {
                documents.add(asMap(document));
            }
        }
        return documents;
    }

    private static Map<String, Object> byKind(String kind) throws IOException {
        for (Path file : yamlFiles()) {
            for (Map<String, Object> document : documents(file)) {
                if (kind.equals(document.get("kind"))) {
                    return document;
                }
            }
        }
        throw new AssertionError("No " + kind + " in deploy/");
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, String key, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (key.equals(k) && v instanceof String s) {
                    found.add(s);
                } else {
                    collect(v, key, found);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, key, found));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> map(Map<String, Object> node, String key) {
        return asMap(node.get(key));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> node, String key) {
        return (List<Map<String, Object>>) node.get(key);
    }
}
