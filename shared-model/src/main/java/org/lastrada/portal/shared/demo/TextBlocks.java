package org.lastrada.portal.shared.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the demo content files: blocks that start with "=== name", then "key: value" header lines up to
 * the first blank line, then a Markdown body. Lines starting with "#" before the first block are comments.
 */
final class TextBlocks {

    record Block(String name, Map<String, String> headers, String body) {
        String header(String key) {
            String value = headers.get(key);
            if (value == null) {
                throw new IllegalStateException("Demo block '" + name + "' lacks the header '" + key + "'");
            }
            return value;
        }

        String header(String key, String fallback) {
            return headers.getOrDefault(key, fallback);
        }
    }

    private TextBlocks() {
    }

    static List<Block> read(String classpathLocation) {
        try (var in = new ClassPathResource(classpathLocation).getInputStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo content " + classpathLocation, e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        String name = null;
        Map<String, String> headers = null;
        StringBuilder body = null;
        for (String line : text.split("\\R", -1)) {
            if (line.startsWith("=== ")) {
                if (name != null) {
                    blocks.add(new Block(name, headers, body.toString().strip()));
                }
                name = line.substring(4).strip();
                headers = new LinkedHashMap<>();
                body = null;
            } else if (name == null) {
                continue;
            } else if (body == null && line.isBlank()) {
                body = new StringBuilder();
            } else if (body == null) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            } else {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            blocks.add(new Block(name, headers, body == null ? "" : body.toString().strip()));
        }
        return blocks;
    }
}
