package org.lastrada.portal.shared.federation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Reads a feed's body: RSS (0.9x to 2.0 and 1.0) and Atom with Rome, which parses XML with DOCTYPE declarations
 * refused and external entities off (no XXE, no entity expansion bombs); JSON Feed (1.0 and 1.1) with Jackson. A body
 * that is neither is refused whole, with the parser's reason.
 */
@Component
public class FeedParser {

    private final ObjectMapper json = new ObjectMapper();

    public ParsedFeed parse(byte[] body, String contentType) throws RemoteProblem {
        if (looksLikeJson(body, contentType)) {
            return parseJsonFeed(body);
        }
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            // One parse, by Rome's own secured parser (DOCTYPE refused, no external entities): the document gives the feed
            // and, for Atom, the language Rome does not carry over (xml:lang on the feed element).
            Document document = new SecuredInput().builder().build(reader);
            String language = document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            ParsedFeed parsed = fromRome(input.build(document));
            return parsed.language() != null || language == null || language.isBlank() ? parsed
                    : new ParsedFeed(parsed.title(), language.strip(), parsed.items());
        } catch (FeedException | IOException | IllegalArgumentException | JDOMException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (reason.contains("DOCTYPE") || (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("DOCTYPE"))) {
                throw new RemoteProblem("doctype", "");
            }
            throw new RemoteProblem("not-a-feed", reason.length() <= 200 ? reason : reason.substring(0, 200));
        }
    }

    /** Rome's input, for its parser: secured as Rome secures it (DOCTYPE declarations refused, external entities off). */
    private static final class SecuredInput extends WireFeedInput {
        SecuredInput() {
            setAllowDoctypes(false);
            setXmlHealerOn(false);
        }

        SAXBuilder builder() {
            return createSAXBuilder();
        }
    }

    private static boolean looksLikeJson(byte[] body, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        for (byte b : body) {
            if (b == '{') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xef && (b & 0xff) != 0xbb && (b & 0xff) != 0xbf) {
                return false;
            }
        }
        return false;
    }

    private static ParsedFeed fromRome(SyndFeed feed) {
        List<ParsedFeed.Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String body = entry.getContents().stream().map(SyndContent::getValue).filter(Objects::nonNull).findFirst().orElse(null);
            String summary = entry.getDescription() == null ? null : entry.getDescription().getValue();
            DCModule dc = (DCModule) entry.getModule(DCModule.URI);
            items.add(new ParsedFeed.Item(blankToNull(entry.getUri()), blankToNull(entry.getLink()), blankToNull(entry.getTitle()),
                    summary, body != null ? body : null, instant(entry.getPublishedDate()), instant(entry.getUpdatedDate()),
                    dc == null ? null : blankToNull(dc.getLanguage()),
                    entry.getCategories().stream().map(SyndCategory::getName).filter(Objects::nonNull).toList()));
        }
        return new ParsedFeed(blankToNull(feed.getTitle()), blankToNull(feed.getLanguage()), items);
    }

    /** JSON Feed (https://www.jsonfeed.org/version/1.1/): a version, a title and items with an id each. */
    private ParsedFeed parseJsonFeed(byte[] body) throws RemoteProblem {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RemoteProblem("not-a-feed", e.getOriginalMessage());
        } catch (IOException e) {
            throw new RemoteProblem("not-a-feed", e.getMessage());
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/")
                || !root.path("items").isArray()) {
            throw new RemoteProblem("not-a-feed", "JSON without a JSON Feed version and items");
        }
        String feedLanguage = text(root, "language");
        List<ParsedFeed.Item> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String html = text(item, "content_html");
            String plain = text(item, "content_text");
            List<String> tags = StreamSupport.stream(item.path("tags").spliterator(), false).map(JsonNode::asText).toList();
            items.add(new ParsedFeed.Item(text(item, "id"), text(item, "url"), text(item, "title"), escapeIfPlain(text(item, "summary")),
                    html != null ? html : escapeIfPlain(plain), date(text(item, "date_published")), date(text(item, "date_modified")),
                    text(item, "language"), tags));
        }
        return new ParsedFeed(text(root, "title"), feedLanguage, items);
    }

    private static String escapeIfPlain(String text) {
        return text == null ? null : "<p>" + org.jsoup.nodes.Entities.escape(text).replace("\n\n", "</p><p>") + "</p>";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : blankToNull(value.asText());
    }

    private static Instant date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
