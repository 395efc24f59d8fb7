package org.lastrada.portal.publicsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public site's stylesheet under an address that names its content ({@code /site/site.3f2a….css}): browsers
 * and proxies keep it for a year and never ask again, and a new release, with other content, has another address.
 */
@Controller
public class SiteStylesheet {

    private final byte[] css;
    private final String address;

    SiteStylesheet() {
        try (InputStream in = new ClassPathResource("static/site/site.css").getInputStream()) {
            css = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(css)).substring(0, 16);
            address = "/site/site." + hash + ".css";
        } catch (IOException e) {
            throw new UncheckedIOException("The public site's stylesheet is missing", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where pages link the stylesheet ({@code ${@siteStylesheet.address}} in the templates). */
    public String getAddress() {
        return address;
    }

    @GetMapping("/site/site.{hash:[0-9a-f]{16}}.css")
    ResponseEntity<byte[]> stylesheet(@PathVariable String hash) {
        if (!address.equals("/site/site." + hash + ".css")) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(css);
    }
}
