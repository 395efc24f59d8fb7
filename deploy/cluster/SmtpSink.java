import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local SMTP sink for the cluster drill, JDK only: {@code java deploy/cluster/SmtpSink.java <port> <folder>}.
 *
 * <p>Listens on 127.0.0.1, accepts every message (plain SMTP: HELO/EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and
 * writes each one, as received, to its own file {@code <folder>/<n>.eml} (written whole, then moved into place, so
 * a reader never sees half a message). The drill counts the files: a mail sent twice is two files.
 */
public class SmtpSink {

    private static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java SmtpSink.java <port> <folder>");
            System.exit(64);
        }
        Path folder = Files.createDirectories(Path.of(args[1]));
        RECEIVED.set(countExisting(folder));
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
            System.out.println("SMTP sink listening on 127.0.0.1:" + server.getLocalPort() + ", writing to " + folder);
            while (true) {
                Socket client = server.accept();
                Thread conversation = new Thread(() -> converse(client, folder));
                conversation.setDaemon(true);
                conversation.start();
            }
        }
    }

    private static long countExisting(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).count();
        }
    }

    private static void converse(Socket client, Path folder) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            reply(out, "220 drill-smtp-sink ready");
            StringBuilder envelope = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 drill-smtp-sink");
                    case "MAIL", "RCPT" -> {
                        envelope.append("X-Envelope: ").append(line).append("\r\n");
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        StringBuilder message = new StringBuilder(envelope);
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                        }
                        store(folder, message.toString());
                        envelope.setLength(0);
                        reply(out, "250 OK stored");
                    }
                    case "RSET" -> {
                        envelope.setLength(0);
                        reply(out, "250 OK");
                    }
                    case "NOOP" -> reply(out, "250 OK");
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException e) {
            System.err.println("SMTP conversation ended: " + e.getMessage());
        }
    }

    private static void store(Path folder, String message) throws IOException {
        long number = RECEIVED.incrementAndGet();
        Path partial = Files.writeString(folder.resolve(number + ".part"), message, StandardCharsets.UTF_8);
        Files.move(partial, folder.resolve(String.format("%06d.eml", number)), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }
}
