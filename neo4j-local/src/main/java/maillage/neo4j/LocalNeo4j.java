package maillage.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

import sun.misc.Signal;

/**
 * Local Neo4j 5.26 Community server for development and tests: the embedded
 * DBMS with only the Bolt connector, and APOC core loaded from the plugins dir.
 *
 * <p>Environment:
 * <ul>
 *   <li>{@code NEO4J_LOCAL_PORT}: Bolt port on 127.0.0.1 (default 7687)</li>
 *   <li>{@code NEO4J_LOCAL_DATA}: Neo4j home holding {@code data/} and {@code logs/}
 *       (default {@code <repo>/.data/neo4j})</li>
 *   <li>{@code NEO4J_LOCAL_PLUGINS}: plugins dir (default {@code neo4j-local/target/plugins})</li>
 * </ul>
 *
 * <p>stdout carries only {@code [neo4j-local] ...} progress lines and, once Bolt accepts
 * connections on a started default database, exactly one line
 * {@code Neo4j ready on bolt://127.0.0.1:<port>}. Neo4j's own logs go to files under
 * {@code <data>/logs}. SIGTERM/SIGINT shut the DBMS down cleanly and exit 0.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String PREFIX = "[neo4j-local] ";

    /** Exit codes. */
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_PORT_IN_USE = 3;
    private static final int EXIT_DATA_LOCKED = 4;
    private static final int EXIT_START_FAILED = 1;

    private static final PrintStream OUT = System.out;
    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    private static final CountDownLatch STOPPED = new CountDownLatch(1);
    private static volatile DatabaseManagementService managementService;

    private LocalNeo4j() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Path targetDir = targetDir();

        int port;
        try {
            port = Integer.parseInt(env("NEO4J_LOCAL_PORT", "7687").trim());
            if (port < 1 || port > 65535) throw new NumberFormatException("out of range");
        } catch (NumberFormatException e) {
            fail(EXIT_USAGE, "NEO4J_LOCAL_PORT must be a TCP port number, got '" + System.getenv("NEO4J_LOCAL_PORT") + "'");
            return;
        }
        // target/ -> neo4j-local/ -> repo root
        Path home = Path.of(env("NEO4J_LOCAL_DATA", targetDir.resolve("../../.data/neo4j").toString()))
                .toAbsolutePath().normalize();
        Path plugins = Path.of(env("NEO4J_LOCAL_PLUGINS", targetDir.resolve("plugins").toString()))
                .toAbsolutePath().normalize();

        long txMemoryMb;
        try {
            txMemoryMb = Long.parseLong(env("NEO4J_LOCAL_TX_MEMORY_MB", "512").trim());
            if (txMemoryMb < 1) throw new NumberFormatException("must be positive");
        } catch (NumberFormatException e) {
            fail(EXIT_USAGE, "NEO4J_LOCAL_TX_MEMORY_MB must be a number of MiB, got '" + System.getenv("NEO4J_LOCAL_TX_MEMORY_MB") + "'");
            return;
        }

        if (!portIsFree(port)) {
            fail(EXIT_PORT_IN_USE, portInUseMessage(port));
            return;
        }
        if (!Files.isDirectory(plugins) || !hasApoc(plugins)) {
            fail(EXIT_USAGE, "no APOC jar in " + plugins + ": run mvn -q -B -f neo4j-local/pom.xml package");
            return;
        }
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            fail(EXIT_USAGE, "cannot create data dir " + home + ": " + e);
            return;
        }

        installSignalHandlers();
        Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "neo4j-local-shutdown"));

        progress("starting Neo4j in " + home + " (plugins " + plugins + ")");
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    // Bolt only, on loopback. Authentication is disabled on purpose: the
                    // server is a local dev/test instance that only listens on 127.0.0.1.
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // no usage-data reporting to neo4j.com from a dev/test box
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // APOC: jars in the plugins dir are scanned for @Procedure/@UserFunction.
                    // apoc.* may use internal APIs, hence unrestricted; the allowlist stays "*".
                    .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                    .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"))
                    // Memory for a small test box; heap is set by the JVM flags (-Xmx).
                    // db.transaction.timeout keeps its default (the application sets its own
                    // per-transaction timeouts). One transaction may use at most
                    // NEO4J_LOCAL_TX_MEMORY_MB of heap (db.memory.transaction.max), so that one
                    // hostile query cannot take the heap from the others (issue 7 §3).
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
                    // Test data: do not keep days of transaction logs around.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    // Bolt waits 5 s per connector and per thread pool on shutdown, even when idle
                    // (internal settings; the databases are already checkpointed and closed by then).
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            handleStartFailure(e, port, home);
            return;
        }
        managementService = dbms;
        if (STOPPING.get()) { // signal arrived during startup
            shutdown();
            System.exit(0);
        }

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!db.isAvailable(1_000)) {
                if (STOPPING.get()) return;
                if (System.nanoTime() > deadline) {
                    fail(EXIT_START_FAILED, "default database did not become available within 3 minutes");
                    return;
                }
            }
            // Bolt is started with the DBMS; confirm it accepts connections before announcing.
            waitForBolt(port, Duration.ofSeconds(60));
        } catch (Throwable e) {
            if (STOPPING.get()) return;
            shutdown();
            fail(EXIT_START_FAILED, "Neo4j started but is not usable: " + e);
            return;
        }

        progress(String.format("started in %.1f s", (System.nanoTime() - t0) / 1e9));
        OUT.println("Neo4j ready on bolt://" + HOST + ":" + port);
        OUT.flush();

        try {
            STOPPED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM/SIGINT: stop Neo4j, then exit 0 (the JVM default would be 143/130). */
    private static void installSignalHandlers() {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), sig -> {
                    Thread t = new Thread(() -> {
                        shutdown();
                        System.exit(0);
                    }, "neo4j-local-sig" + name);
                    t.start();
                });
            } catch (IllegalArgumentException e) {
                // signal not available on this platform: the shutdown hook still stops Neo4j
            }
        }
    }

    private static void shutdown() {
        if (!STOPPING.compareAndSet(false, true)) {
            try { STOPPED.await(60, TimeUnit.SECONDS); } catch (InterruptedException ignored) { }
            return;
        }
        try {
            DatabaseManagementService dbms = managementService;
            if (dbms != null) {
                progress("stopping");
                dbms.shutdown();
                progress("stopped");
            }
        } catch (Throwable e) {
            System.err.println(PREFIX + "error while stopping Neo4j: " + e);
        } finally {
            STOPPED.countDown();
        }
    }

    private static void handleStartFailure(Throwable e, int port, Path home) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String msg = String.valueOf(c.getMessage());
            if (c instanceof BindException || msg.contains("Address already in use")) {
                fail(EXIT_PORT_IN_USE, portInUseMessage(port));
                return;
            }
            if (c.getClass().getSimpleName().equals("FileLockException") || msg.contains("locked by another")) {
                fail(EXIT_DATA_LOCKED, "data dir " + home + " is used by another Neo4j process:"
                        + " stop it or set NEO4J_LOCAL_DATA to another directory");
                return;
            }
        }
        System.err.println(PREFIX + "Neo4j failed to start (logs in " + home.resolve("logs") + "):");
        e.printStackTrace(System.err);
        System.err.flush();
        Runtime.getRuntime().halt(EXIT_START_FAILED);
    }

    private static String portInUseMessage(int port) {
        return "port " + port + " on " + HOST + " is already in use: stop the other Neo4j or set NEO4J_LOCAL_PORT,"
                + " or point NEO4J_URI at that server";
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            // Same as Netty's server socket: lets a restart reuse a port in TIME_WAIT,
            // but still fails if anything listens on it.
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitForBolt(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName(HOST), port), 1_000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) throw e;
                Thread.sleep(100);
            }
        }
    }

    private static boolean hasApoc(Path plugins) {
        try (var files = Files.list(plugins)) {
            return files.anyMatch(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("apoc") && n.endsWith(".jar");
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** The {@code target/} dir, from where this class was loaded ({@code target/classes/}). */
    private static Path targetDir() {
        try {
            Path classes = Path.of(LocalNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("neo4j-local", "target").toAbsolutePath();
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }

    private static void progress(String msg) {
        OUT.println(PREFIX + msg);
        OUT.flush();
    }

    private static void fail(int code, String msg) {
        System.err.println(PREFIX + msg);
        System.err.flush();
        // halt: do not wait for Neo4j threads or run the shutdown hook on a half-started DBMS
        Runtime.getRuntime().halt(code);
    }
}
