import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Workspace benchmark harness, JDK only: {@code java deploy/load/WorkspaceSessions.java <command> [options]}.
 *
 * <p>Signs users in over HTTP (CSRF token + form login, as the login view posts it) and opens real Vaadin UIs
 * the way the browser's Flow client does: GET the route's page, {@code GET /?v-r=init&location=<route>&query=}
 * (the UI, without the view), then a UIDL request with the {@code ui-navigate} event on the root node, which
 * renders the view with the grid's first rows. UIDL requests are {@code POST /?v-r=uidl&v-uiId=<ui>} with
 * {@code {"csrfToken", "rpc", "syncId", "clientId"}}; the CSRF token is the init response's Vaadin-Security-Key.
 *
 * <pre>
 * heap        --base URL --pid PID --view posts|moderation --sessions N --users LIST [--password P] [--warmup 5]
 *             [--hold-seconds 0]
 *             Live heap after a full GC (jcmd GC.run + GC.heap_info) before and after opening N sessions with the
 *             view open; prints the heap per session; then keeps the sessions open for a while if asked.
 * roundtrips  --base URL --users LIST [--password P] [--repetitions 100]
 *             Round trips of a moderator on the moderation queue: open it (init + navigation + first rows),
 *             filter it by kind (a UIDL value change of the select), open its first item (a grid item click).
 * probe       --base URL --users LIST [--password P] --view posts|moderation|media [--dump DIR]
 *             Opens one view and prints what came back (and writes the raw responses to DIR).
 * editors     --base URL --users LIST [--password P] [--editors 50] [--seconds 120] [--think-ms 1000]
 *             Editors at work at once: each signs in and, until the time is up, opens the post list (page, init,
 *             navigation with the grid's first rows), closes it and thinks a while; prints the views opened, the
 *             failures (any answer that is not the view, e.g. a session lost to another replica) and the times.
 * uploads     --base URL --users LIST [--password P] [--uploaders 4] [--seconds 30] [--width 4000] [--height 3000]
 *             Editors uploading large photos at once: each uploader signs in, opens the media library and uploads a
 *             photo-like JPEG of the given size again and again (a few random bytes after its end make each upload a
 *             new file), as the browser's upload element does (multipart POST to the element's target), then one round
 *             trip to learn whether the library took it; prints the uploads done, refused, and their times.
 * </pre>
 * LIST is a comma-separated list of usernames; {@code name%04d:1-200} expands a pattern. Sessions cycle through
 * the list (one account may hold many sessions); an account that cannot sign in is skipped with a warning.
 * Output: a human-readable report and lines {@code RESULT key=value} for scripts.
 */
public class WorkspaceSessions {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java WorkspaceSessions.java heap|roundtrips|probe --base URL ... (see the source)");
            System.exit(64);
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "heap" -> heap(options);
            case "roundtrips" -> roundTrips(options);
            case "probe" -> probe(options);
            case "uploads" -> uploads(options);
            case "editors" -> editors(options);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(64);
            }
        }
    }

    // --- commands --------------------------------------------------------------------------------------------

    static void heap(Options options) throws Exception {
        String base = options.required("base");
        long pid = Long.parseLong(options.required("pid"));
        View view = View.of(options.required("view"));
        int sessions = Integer.parseInt(options.required("sessions"));
        int warmup = Integer.parseInt(options.get("warmup", "5"));
        Accounts accounts = new Accounts(options.required("users"), options.get("password", "Strada-Demo-2026"));

        // Warm-up: the first views load classes, fill caches and query plans; that is not per-session memory.
        List<Session> warm = open(base, view, warmup, accounts);
        warm.forEach(Session::signOut);
        long before = Jvm.liveHeapKb(pid);
        long started = System.nanoTime();
        List<Session> open = open(base, view, sessions, accounts);
        long openMs = (System.nanoTime() - started) / 1_000_000;
        long after = Jvm.liveHeapKb(pid);
        double perSession = (after - before) / (double) sessions;
        System.out.printf(Locale.ROOT, "view %s: %d sessions opened in %d ms; live heap %d KB before, %d KB after: %.1f KB per session%n",
                view.route, sessions, openMs, before, after, perSession);
        System.out.printf(Locale.ROOT, "RESULT view=%s sessions=%d heap_before_kb=%d heap_after_kb=%d per_session_kb=%.1f skipped_accounts=%d%n",
                view.name, sessions, before, after, perSession, accounts.skipped());
        int hold = Integer.parseInt(options.get("hold-seconds", "0"));
        if (hold > 0) {
            System.out.println("holding the sessions open for " + hold + " s (for jcmd GC.class_histogram and the like)");
            Thread.sleep(hold * 1000L);
        }
        open.forEach(Session::signOut);
    }

    static void roundTrips(Options options) throws Exception {
        String base = options.required("base");
        int repetitions = Integer.parseInt(options.get("repetitions", "100"));
        Accounts accounts = new Accounts(options.required("users"), options.get("password", "Strada-Demo-2026"));
        Session moderator = accounts.signIn(base);
        Samples open = new Samples("open queue (page + init + navigation)");
        Samples navigation = new Samples("  of which the navigation round trip");
        Samples filter = new Samples("filter queue by kind (value change)");
        Samples item = new Samples("open first item (grid item click)");
        for (int i = 0; i < repetitions + 5; i++) {
            boolean measured = i >= 5; // the first rounds warm the JIT and caches up
            long t0 = System.nanoTime();
            Ui ui = moderator.open(View.MODERATION);
            Node grid = ui.requireTag("vaadin-grid");
            if (ui.rowKeys.isEmpty()) {
                throw new IllegalStateException("the moderation queue opened without rows");
            }
            long t1 = System.nanoTime();
            Node kind = ui.find(n -> "vaadin-select".equals(n.tag) && "What".equals(n.properties.get("label")))
                    .orElseThrow(() -> new IllegalStateException("no 'What' select on the moderation queue"));
            int rowsBefore = ui.rowUpdates;
            ui.selectFirstItem(kind);
            long t2 = System.nanoTime();
            if (ui.rowUpdates == rowsBefore) {
                throw new IllegalStateException("filtering the queue sent no rows: the value change was not taken");
            }
            String key = ui.firstRowKey()
                    .orElseThrow(() -> new IllegalStateException("the filtered moderation queue is empty; nothing to open"));
            ui.clickRow(grid, key);
            ui.requireTag("vaadin-text-area"); // the review view's comment for the author: the item is open
            long t3 = System.nanoTime();
            ui.close();
            if (measured) {
                open.add(t1 - t0);
                navigation.add(ui.navigationNanos);
                filter.add(t2 - t1);
                item.add(t3 - t2);
            }
        }
        for (Samples samples : List.of(open, navigation, filter, item)) {
            System.out.println(samples.report());
        }
        System.out.println("RESULT " + open.result("open") + " " + navigation.result("navigation") + " " + filter.result("filter")
                + " " + item.result("item"));
        moderator.signOut();
    }

    static void editors(Options options) throws Exception {
        String base = options.required("base");
        Accounts accounts = new Accounts(options.required("users"), options.get("password", "Strada-Demo-2026"));
        int editors = Integer.parseInt(options.get("editors", "50"));
        long thinkMillis = Long.parseLong(options.get("think-ms", "1000"));
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            sessions.add(accounts.signIn(base));
        }
        System.out.println(editors + " editors signed in; at work for " + options.get("seconds", "120") + " s");
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("seconds", "120"))).toNanos();
        Samples opened = new Samples("open the post list (page + init + navigation)");
        AtomicInteger failures = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (Session session : sessions) {
            Thread worker = new Thread(() -> {
                Random random = new Random();
                while (System.nanoTime() < deadline) {
                    try {
                        long started = System.nanoTime();
                        Ui ui = session.open(View.POSTS);
                        ui.requireTag("vaadin-grid");
                        long took = System.nanoTime() - started;
                        ui.close();
                        synchronized (opened) {
                            opened.add(took);
                        }
                    } catch (Exception | AssertionError e) {
                        failures.incrementAndGet();
                        System.err.println("editor failed: " + e);
                    }
                    try {
                        Thread.sleep(thinkMillis / 2 + random.nextLong(thinkMillis + 1));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        sessions.forEach(Session::signOut);
        System.out.println(opened.report());
        System.out.println("failures: " + failures.get());
        System.out.println("RESULT " + opened.result("open") + " views=" + opened.nanos.size() + " failures=" + failures.get());
    }

    static void probe(Options options) throws Exception {
        String base = options.required("base");
        View view = View.of(options.required("view"));
        Accounts accounts = new Accounts(options.required("users"), options.get("password", "Strada-Demo-2026"));
        Session session = accounts.signIn(base);
        session.dump = options.get("dump", null) == null ? null : Path.of(options.get("dump", null));
        Ui ui = session.open(view);
        Node grid = ui.requireTag("vaadin-grid");
        System.out.println("view " + view.route + ": " + ui.nodes.size() + " nodes; tags "
                + ui.nodes.values().stream().map(n -> n.tag).filter(t -> t != null && t.startsWith("vaadin-")).distinct().sorted().toList());
        System.out.println("first row key: " + ui.firstRowKey().orElse("(none)") + "; grid rows seen: " + ui.rowKeys.size());
        session.signOut();
    }

    static void uploads(Options options) throws Exception {
        String base = options.required("base");
        Accounts accounts = new Accounts(options.required("users"), options.get("password", "demo"));
        int uploaders = Integer.parseInt(options.get("uploaders", "4"));
        byte[] photo = Photo.jpeg(Integer.parseInt(options.get("width", "4000")), Integer.parseInt(options.get("height", "3000")));
        List<Ui> uis = new ArrayList<>();
        for (int i = 0; i < uploaders; i++) {
            Ui ui = accounts.signIn(base).open(View.MEDIA);
            ui.uploadTarget();
            uis.add(ui);
        }
        // The uploads' time starts once every uploader is ready (the window a benchmark measures starts at this line).
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("seconds", "30"))).toNanos();
        System.out.println("UPLOADING");
        System.out.flush();
        Samples took = new Samples("upload to answer");
        int[] refused = new int[1];
        List<Thread> threads = new ArrayList<>();
        for (Ui ui : uis) {
            Thread thread = new Thread(() -> {
                Random random = new Random();
                try {
                    while (System.nanoTime() < deadline) {
                        byte[] file = Arrays.copyOf(photo, photo.length + 16);
                        for (int b = photo.length; b < file.length; b++) {
                            file[b] = (byte) random.nextInt(256);
                        }
                        long started = System.nanoTime();
                        boolean taken = ui.upload("photo-" + random.nextInt(1_000_000) + ".jpg", file);
                        synchronized (took) {
                            took.add(System.nanoTime() - started);
                            if (!taken) {
                                refused[0]++;
                            }
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (took.nanos.isEmpty()) {
            throw new IllegalStateException("no upload was answered");
        }
        System.out.printf("%d uploaders, photo of %d KB: %d uploads, %d refused%n%s%n", uploaders, photo.length / 1024,
                took.nanos.size(), refused[0], took.report());
        System.out.printf(Locale.ROOT, "RESULT uploads=%d refused=%d photo_kb=%d %s max_ms=%.1f%n", took.nanos.size(), refused[0],
                photo.length / 1024, took.result("upload"), took.nanos.isEmpty() ? 0 : took.percentileMs(100));
    }

    static List<Session> open(String base, View view, int count, Accounts accounts) throws Exception {
        List<Session> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Session session = accounts.signIn(base);
            session.open(view).requireTag("vaadin-grid");
            sessions.add(session);
        }
        return sessions;
    }

    // --- the workspace views ----------------------------------------------------------------------------------

    enum View {
        POSTS("posts", "workspace/posts"),
        MODERATION("moderation", "workspace/moderation"),
        MEDIA("media", "workspace/media");

        final String name;
        final String route;

        View(String name, String route) {
            this.name = name;
            this.route = route;
        }

        static View of(String name) {
            return Arrays.stream(values()).filter(v -> v.name.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--view posts, moderation or media"));
        }
    }

    /** Usernames to sign in with, in turn; accounts that cannot sign in are skipped. */
    static final class Accounts {
        private static final Pattern RANGE = Pattern.compile("(.*%0?\\d*d.*):(\\d+)-(\\d+)");
        private final List<String> usernames = new ArrayList<>();
        private final String password;
        private int next;
        private int skipped;

        Accounts(String list, String password) {
            for (String item : list.split(",")) {
                Matcher range = RANGE.matcher(item.strip());
                if (range.matches()) {
                    for (int n = Integer.parseInt(range.group(2)); n <= Integer.parseInt(range.group(3)); n++) {
                        usernames.add(String.format(range.group(1), n));
                    }
                } else if (!item.isBlank()) {
                    usernames.add(item.strip());
                }
            }
            this.password = password;
        }

        Session signIn(String base) throws Exception {
            for (int attempt = 0; attempt < usernames.size(); attempt++) {
                String username = usernames.get(next++ % usernames.size());
                Session session = new Session(base);
                if (session.signIn(username, password)) {
                    return session;
                }
                skipped++;
                System.err.println("warning: " + username + " could not sign in; skipped");
            }
            throw new IllegalStateException("none of the accounts could sign in");
        }

        int skipped() {
            return skipped;
        }
    }

    // --- one signed-in browser session -----------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** A browser session: its own cookies (the session id), sign-in, and the UIs it opens. */
    static final class Session {
        final String base;
        final Map<String, String> cookies = new LinkedHashMap<>();
        Path dump;
        int dumped;

        Session(String base) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }

        boolean signIn(String username, String password) throws Exception {
            Matcher csrf = CSRF.matcher(get("/login").body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            HttpResponse<String> response = post("/login", "application/x-www-form-urlencoded",
                    form(Map.of("username", username, "password", password, "_csrf", csrf.group(1))));
            String location = response.headers().firstValue("Location").orElse("");
            return response.statusCode() == 302 && !location.contains("/login");
        }

        void signOut() {
            try {
                Matcher csrf = CSRF.matcher(get("/login").body());
                if (csrf.find()) {
                    post("/logout", "application/x-www-form-urlencoded", form(Map.of("_csrf", csrf.group(1))));
                }
            } catch (Exception e) {
                System.err.println("warning: sign-out failed: " + e);
            }
        }

        /** Opens the view as the browser does: the route's page, the init request, then the navigation event. */
        Ui open(View view) throws Exception {
            HttpResponse<String> page = get("/" + view.route);
            check(page, "GET /" + view.route);
            HttpResponse<String> init = get("/?v-r=init&location=" + view.route + "&query=");
            check(init, "init");
            save("init", init.body());
            Map<String, Object> appConfig = Json.object(Json.object(Json.parse(init.body())).get("appConfig"));
            Ui ui = new Ui(this, ((Number) appConfig.get("v-uiId")).intValue(), Json.object(appConfig.get("uidl")));
            long started = System.nanoTime();
            ui.navigate(view.route, "");
            ui.navigationNanos = System.nanoTime() - started;
            return ui;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> postBytes(String path, String contentType, byte[] body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        HttpResponse<String> post(String path, String contentType, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return response;
        }

        void save(String name, String body) {
            if (dump != null) {
                try {
                    Files.createDirectories(dump);
                    Files.writeString(dump.resolve(String.format("%02d-%s.json", ++dumped, name)), body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }

        private static void check(HttpResponse<String> response, String what) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse("") + " "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
        }
    }

    // --- one Vaadin UI: the client side of Flow's state tree, as far as the benchmark needs it ------------------

    /** A state node: its element tag, properties and child nodes. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, Object> properties = new LinkedHashMap<>();
        final Map<String, Object> attributes = new LinkedHashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag + "> " + properties;
        }
    }

    static final class Ui {
        // Node features as numbered by Flow's NodeFeatureRegistry.
        private static final int ELEMENT_DATA = 0;
        private static final int ELEMENT_PROPERTIES = 1;
        private static final int ELEMENT_CHILDREN = 2;
        private static final int ELEMENT_ATTRIBUTES = 3;
        private static final Pattern ROW_KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

        final Session session;
        final int uiId;
        final Map<Integer, Node> nodes = new LinkedHashMap<>();
        final List<String> rowKeys = new ArrayList<>();
        /** How many times rows arrived: a filter that works makes the grid send its rows again. */
        int rowUpdates;
        /** The duration of the navigation round trip that rendered the view. */
        long navigationNanos;
        private final String csrfToken;
        private String lastResponse = "";
        private int syncId;
        private int clientId;

        Ui(Session session, int uiId, Map<String, Object> initialUidl) {
            this.session = session;
            this.uiId = uiId;
            this.csrfToken = (String) initialUidl.get("Vaadin-Security-Key");
            apply(initialUidl);
        }

        void navigate(String route, String query) throws Exception {
            send("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + Json.quote(route)
                    + ",\"query\":" + Json.quote(query) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0,\"key\":\"default\"},"
                    + "\"trigger\":\"\"}}");
        }

        /** Chooses the select's first real item (after the empty selection), as a click in its overlay does. */
        void selectFirstItem(Node select) throws Exception {
            Node item = descendants(select).stream().filter(n -> "vaadin-select-item".equals(n.tag) && n.properties.get("value") != null
                            && !"".equals(n.properties.get("value"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the select has no items: " + select));
            String value = String.valueOf(item.properties.get("value"));
            send("{\"type\":\"mSync\",\"node\":" + select.id + ",\"feature\":" + ELEMENT_PROPERTIES + ",\"property\":\"value\",\"value\":"
                    + Json.quote(value) + "}", "{\"type\":\"event\",\"node\":" + select.id + ",\"event\":\"value-changed\",\"data\":{}}");
        }

        /** A click on a grid row, with the event data Grid's item-click listener reads. */
        void clickRow(Node grid, String key) throws Exception {
            send("{\"type\":\"event\",\"node\":" + grid.id + ",\"event\":\"item-click\",\"data\":{\"event.detail.itemKey\":"
                    + Json.quote(key) + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.screenX\":100,"
                    + "\"event.detail.screenY\":100,\"event.detail.clientX\":100,\"event.detail.clientY\":100,"
                    + "\"event.detail.detail\":1,\"event.detail.button\":0,\"event.detail.ctrlKey\":false,"
                    + "\"event.detail.shiftKey\":false,\"event.detail.altKey\":false,\"event.detail.metaKey\":false}}");
        }

        Optional<String> firstRowKey() {
            return rowKeys.stream().findFirst();
        }

        Node requireTag(String tag) {
            return find(n -> tag.equals(n.tag)).orElseThrow(() -> new IllegalStateException("no <" + tag + "> in the UI"));
        }

        Optional<Node> find(Predicate<Node> test) {
            return nodes.values().stream().filter(test).findFirst();
        }

        /** The nodes below {@code root}, in document order. */
        private List<Node> descendants(Node root) {
            List<Node> found = new ArrayList<>();
            for (int child : root.children) {
                Node node = nodes.get(child);
                if (node != null) {
                    found.add(node);
                    found.addAll(descendants(node));
                }
            }
            return found;
        }

        /** The address the view's upload element sends files to (its "target" attribute). */
        String uploadTarget() {
            Node upload = requireTag("vaadin-upload");
            Object target = upload.attributes.getOrDefault("target", upload.properties.get("target"));
            if (target == null) {
                throw new IllegalStateException("the upload element has no target: " + upload + " " + upload.attributes);
            }
            // A resource attribute comes as {"uri": "VAADIN/dynamic/resource/..."}.
            return target instanceof Map<?, ?> resource ? String.valueOf(resource.get("uri")) : String.valueOf(target);
        }

        /**
         * Uploads a file as the upload element does (multipart POST to its target), then makes one round trip, which
         * brings what the server made of it: false when the library refused it ("was not added").
         */
        boolean upload(String fileName, byte[] content) throws Exception {
            String boundary = "----lsi" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 512);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String target = uploadTarget();
            HttpResponse<String> response = session.postBytes("/" + target, "multipart/form-data; boundary=" + boundary, body.toByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
            }
            send();
            return !lastResponse.contains("was not added");
        }

        /** What the browser sends when the page is left: the server closes the UI at once. */
        void close() throws Exception {
            session.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", "{\"csrfToken\":" + Json.quote(csrfToken)
                    + ",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}");
        }

        /** One UIDL round trip with the given RPC invocations; applies the changes that come back. */
        void send(String... rpc) throws Exception {
            String body = "{\"csrfToken\":" + Json.quote(csrfToken) + ",\"rpc\":[" + String.join(",", rpc) + "],\"syncId\":"
                    + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = session.post("/?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", body);
            String text = response.body();
            lastResponse = text;
            session.save("uidl", text);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("UIDL request answered " + response.statusCode() + ": " + text);
            }
            if (text.startsWith("for(;;);")) {
                text = text.substring("for(;;);".length());
            }
            Object parsed = Json.parse(text);
            Map<String, Object> uidl = Json.object(parsed instanceof List<?> list ? list.get(0) : parsed);
            if (uidl.containsKey("meta") && Json.object(uidl.get("meta")).containsKey("appError")) {
                throw new IllegalStateException("the server reported an error: " + Json.object(uidl.get("meta")).get("appError"));
            }
            if (Boolean.TRUE.equals(Json.object(uidl.getOrDefault("meta", Map.of())).get("async"))) {
                throw new IllegalStateException("unexpected asynchronous UIDL");
            }
            apply(uidl);
            clientId = uidl.get("clientId") instanceof Number n ? n.intValue() : clientId + 1;
        }

        private void apply(Map<String, Object> uidl) {
            if (uidl.get("syncId") instanceof Number n) {
                syncId = n.intValue();
            }
            for (Object raw : Json.list(uidl.getOrDefault("changes", List.of()))) {
                Map<String, Object> change = Json.object(raw);
                Node node = nodes.computeIfAbsent(((Number) change.get("node")).intValue(), Node::new);
                int feature = change.get("feat") instanceof Number f ? f.intValue() : -1;
                switch (String.valueOf(change.get("type"))) {
                    case "put" -> {
                        String key = (String) change.get("key");
                        Object value = change.containsKey("nodeValue") ? change.get("nodeValue") : change.get("value");
                        if (feature == ELEMENT_DATA && "tag".equals(key)) {
                            node.tag = (String) value;
                        } else if (feature == ELEMENT_PROPERTIES) {
                            node.properties.put(key, value);
                        } else if (feature == ELEMENT_ATTRIBUTES) {
                            node.attributes.put(key, value);
                        }
                    }
                    case "splice" -> {
                        if (feature == ELEMENT_CHILDREN) {
                            int index = ((Number) change.get("index")).intValue();
                            int remove = change.get("remove") instanceof Number r ? r.intValue() : 0;
                            for (int i = 0; i < remove && index < node.children.size(); i++) {
                                node.children.remove(index);
                            }
                            List<Integer> added = Json.list(change.getOrDefault("addNodes", List.of())).stream()
                                    .map(v -> ((Number) v).intValue()).toList();
                            node.children.addAll(Math.min(index, node.children.size()), added);
                        }
                    }
                    case "detach" -> nodes.remove(node.id);
                    default -> {
                    }
                }
            }
            // Grid rows arrive as calls of the grid's connector: reset() or clear() drops them, set(index, items) sends
            // them with their keys (the views have one grid each).
            for (Object raw : Json.list(uidl.getOrDefault("execute", List.of()))) {
                List<Object> call = Json.list(raw);
                String script = String.valueOf(call.get(call.size() - 1));
                if (script.contains("$connector.reset()") || script.contains("$connector.clear(")) {
                    rowKeys.clear();
                } else if (script.contains("$connector.set(")) {
                    rowUpdates++;
                    Matcher key = ROW_KEY.matcher(Json.write(call.subList(0, call.size() - 1)));
                    while (key.find()) {
                        rowKeys.add(key.group(1));
                    }
                }
            }
        }
    }

    // --- a photograph's worth of pixels ------------------------------------------------------------------------

    /** A JPEG about as large and as hard to compress as a camera's photo: smooth light with fine grain. */
    static final class Photo {
        static byte[] jpeg(int width, int height) throws IOException {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.util.Random grain = new java.util.Random(42);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int r = (int) (120 + 80 * Math.sin(x / 300.0)) + grain.nextInt(72);
                    int g = (int) (110 + 70 * Math.cos(y / 250.0)) + grain.nextInt(72);
                    int b = (int) (100 + 60 * Math.sin((x + y) / 400.0)) + grain.nextInt(72);
                    image.setRGB(x, y, Math.min(255, r) << 16 | Math.min(255, g) << 8 | Math.min(255, b));
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        }
    }

    // --- the portal's JVM ----------------------------------------------------------------------------------------

    static final class Jvm {
        private static final Pattern USED = Pattern.compile("used (\\d+)K");

        /** Live heap: the heap in use right after a full collection, in KB. */
        static long liveHeapKb(long pid) throws Exception {
            jcmd(pid, "GC.run");
            Thread.sleep(500);
            jcmd(pid, "GC.run");
            Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("no 'used ...K' in jcmd GC.heap_info");
            }
            return Long.parseLong(used.group(1));
        }

        static String jcmd(long pid, String command) throws Exception {
            Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        }
    }

    // --- measurements --------------------------------------------------------------------------------------------

    static final class Samples {
        final String name;
        final List<Long> nanos = new ArrayList<>();

        Samples(String name) {
            this.name = name;
        }

        void add(long value) {
            nanos.add(value);
        }

        double percentileMs(double p) {
            List<Long> sorted = nanos.stream().sorted().toList();
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1_000_000.0;
        }

        String report() {
            return String.format(Locale.ROOT, "%-45s n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms", name, nanos.size(),
                    percentileMs(50), percentileMs(95), percentileMs(100));
        }

        String result(String key) {
            return String.format(Locale.ROOT, "%s_p50_ms=%.1f %s_p95_ms=%.1f", key, percentileMs(50), key, percentileMs(95));
        }
    }

    static final class Options {
        private final Map<String, String> values = new LinkedHashMap<>();

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                options.values.put(args[i].substring(2), args[++i]);
            }
            return options;
        }

        String required(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }
    }

    // --- just enough JSON ------------------------------------------------------------------------------------------

    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + json.at);
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(Object value) {
            return (Map<String, Object>) value;
        }

        @SuppressWarnings("unchecked")
        static List<Object> list(Object value) {
            return (List<Object>) value;
        }

        static String quote(String value) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    case '\r' -> quoted.append("\\r");
                    case '\t' -> quoted.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }

        static String write(Object value) {
            if (value == null) {
                return "null";
            } else if (value instanceof String s) {
                return quote(s);
            } else if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(e -> quote(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            } else if (value instanceof List<?> list) {
                return list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            }
            return String.valueOf(value);
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    at++;
                    space();
                    if (text.charAt(at) == '}') {
                        at++;
                        return map;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        map.put(key, value());
                        space();
                        if (text.charAt(at) == ',') {
                            at++;
                        } else {
                            expect('}');
                            return map;
                        }
                    }
                }
                case '[' -> {
                    List<Object> list = new ArrayList<>();
                    at++;
                    space();
                    if (text.charAt(at) == ']') {
                        at++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        space();
                        if (text.charAt(at) == ',') {
                            at++;
                        } else {
                            expect(']');
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (text.startsWith("true", at)) {
                        at += 4;
                        return Boolean.TRUE;
                    } else if (text.startsWith("false", at)) {
                        at += 5;
                        return Boolean.FALSE;
                    } else if (text.startsWith("null", at)) {
                        at += 4;
                        return null;
                    }
                    int start = at;
                    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    String number = text.substring(start, at);
                    if (number.isEmpty()) {
                        throw new IllegalArgumentException("unexpected '" + c + "' at " + start);
                    }
                    return number.contains(".") || number.contains("e") || number.contains("E")
                            ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'u' -> {
                            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + ", found '" + text.charAt(at) + "'");
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
