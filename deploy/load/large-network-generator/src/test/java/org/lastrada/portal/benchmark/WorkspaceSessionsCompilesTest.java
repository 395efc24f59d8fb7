package org.lastrada.portal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/load/WorkspaceSessions.java}, the workspace benchmark's harness, is run as a single source file by
 * {@code bench-workspace.sh} and is part of no build: this compiles it on every build, so that it cannot rot.
 */
class WorkspaceSessionsCompilesTest {

    private static final Path HARNESS = Path.of(System.getProperty("basedir", "."), "..", "WorkspaceSessions.java").normalize();

    @Test
    void theWorkspaceHarnessCompilesOnJava17WithTheJdkAlone(@TempDir Path classes) throws Exception {
        assertThat(HARNESS).isRegularFile();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK's compiler (the build runs on a JDK)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiled = compiler.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-proc:none", "-d", classes.toString()), null,
                    files.getJavaFileObjects(HARNESS)).call();
        }

        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .map(diagnostic -> "line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT))
                .toList();
        assertThat(errors).as(HARNESS + " does not compile").isEmpty();
        assertThat(compiled).isTrue();
        assertThat(Files.isRegularFile(classes.resolve("WorkspaceSessions.class"))).isTrue();
    }
}
