package org.lastrada.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A pinned package from the npm registry, installed with the machine's npm into target/ once (tests require NPM). */
public record NpmPackage(String name, String version, String file) {

    /** The package's file (e.g. "axe.min.js"), installed first when it is not there yet. */
    public Path install() throws IOException, InterruptedException {
        Path folder = Path.of("target", name + "-" + version);
        Path installed = folder.resolve("node_modules").resolve(name).resolve(file);
        if (Files.isRegularFile(installed)) {
            return installed;
        }
        Files.createDirectories(folder);
        // npm's output goes to a file: written to this JVM's own stdout it would corrupt the test runner's channel.
        Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", folder.toString(),
                name + "@" + version).redirectErrorStream(true).redirectOutput(folder.resolve("npm-install.log").toFile()).start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(installed)) {
            throw new IllegalStateException("npm install " + name + "@" + version + " failed; see " + folder.resolve("npm-install.log"));
        }
        return installed;
    }
}
