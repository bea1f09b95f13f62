package org.backproplab.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Serves the built static site on localhost for development: {@code java -cp target/classes
 * org.backproplab.cli.Serve target/site 8000}. The page needs no server (it also works from file://);
 * this only makes it reachable at an http:// address, as it will be when hosted.
 */
public final class Serve {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png", "svg",
            "image/svg+xml", "json", "application/json", "ico", "image/x-icon", "map", "application/json");

    private Serve() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Paths.get(args.length > 0 ? args[0] : "target/site").toAbsolutePath().normalize();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            System.err.println("no index.html in " + root + ": build the site first");
            System.exit(1);
        }
        start(root, port);
        System.out.println("Backprop Lab is served at http://localhost:" + port + "/  (Ctrl+C stops it)");
    }

    /** Serves {@code root} on 127.0.0.1 at {@code port} (0: any free port) until the returned server is stopped. */
    public static HttpServer start(Path root, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> handle(exchange, root.toAbsolutePath().normalize()));
        server.start();
        return server;
    }

    private static void handle(HttpExchange exchange, Path root) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                byte[] msg = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, msg.length);
                exchange.getResponseBody().write(msg);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
