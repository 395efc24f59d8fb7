package org.lastrada.portal.opensearchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19 node on loopback, started from OpenSearch's own classes with the modules the portal needs loaded
 * from the class path (as OpenSearch's test framework does), instead of the distribution's archive, which Maven Central
 * does not carry. Single-node discovery, no security plugin (loopback only; CI and the drills). Stops on SIGTERM.
 *
 * <p>Arguments: the node's home folder (data and logs under it) and the HTTP port.
 */
public final class OpenSearchNode extends Node {

    /** HTTP and transport; stemmers, stop words and folding; delete-by-query (Hibernate Search's purge before a rebuild). */
    private static final List<Class<? extends Plugin>> MODULES = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
            ReindexPlugin.class);

    private OpenSearchNode(Settings settings, Collection<Class<? extends Plugin>> modules) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "lsi-ci-node"), modules, true);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: OpenSearchNode <home folder> <http port>");
            System.exit(64);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "lsi-ci")
                .put("node.name", "lsi-ci-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", "19300-19400")
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // CI machines' disks are often fuller than OpenSearch's default watermarks allow for new shards.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Node node = new OpenSearchNode(settings, MODULES);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "opensearch-node-stop"));
        node.start();
        System.out.println("OpenSearch node started: http://127.0.0.1:" + args[1]);
        stopped.await();
    }
}
