package org.lastrada.portal.shared.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastrada.portal.shared.validation.InvalidInputException;

class UploadStoreTest {

    @TempDir
    Path folder;

    @Test
    void logoIsScaledReEncodedAsPngAndStoredUnderAGeneratedName() throws Exception {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        String name = store.storeLogo(image("jpg", 1200, 600));

        assertThat(name).matches("[0-9a-f-]{36}\\.png");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(store.readLogo(name).orElseThrow()));
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(200);
    }

    @Test
    void decompressionBombIsRefusedOnTheLogoFieldBeforeItIsDecoded() throws Exception {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        byte[] bomb = declaringSize(image("png", 1, 1), 30_000, 30_000);

        assertThatThrownBy(() -> store.storeLogo(bomb)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("logo"))
                .hasMessageContaining("30000 x 30000 pixels").hasMessageContaining("at most 40 megapixels");
        assertThat(folder.resolve("logos")).doesNotExist();
    }

    @Test
    void largePhotoWithinTheLimitIsReadSubsampledAndScaled() throws Exception {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString(), 10_000_000));
        String name = store.storeLogo(image("png", 3000, 1500));

        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(store.readLogo(name).orElseThrow()));
        assertThat(stored.getWidth()).isEqualTo(400);
        assertThat(stored.getHeight()).isEqualTo(200);
        // A banner 40 times wider than high is read subsampled by its long side (every 10th pixel), then fitted.
        BufferedImage banner = ImageIO.read(new ByteArrayInputStream(store.readLogo(store.storeLogo(image("png", 8000, 200)))
                .orElseThrow()));
        assertThat(banner.getWidth()).isEqualTo(400);
        assertThat(banner.getHeight()).isEqualTo(10);
        assertThatThrownBy(() -> store.storeLogo(image("png", 4000, 3000))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 10 megapixels");
    }

    /** A real PNG whose header claims another size (with a valid checksum), as a decompression bomb does. */
    private static byte[] declaringSize(byte[] png, int width, int height) {
        byte[] forged = png.clone();
        ByteBuffer.wrap(forged, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(forged, 12, 17);
        ByteBuffer.wrap(forged, 29, 4).putInt((int) crc.getValue());
        return forged;
    }

    @Test
    void disguisedFileIsRefusedWhateverItsNameSays() {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        byte[] script = "<svg onload=alert(1)></svg>".getBytes();
        assertThatThrownBy(() -> store.storeLogo(script)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a PNG, JPEG or WebP image");
        assertThatThrownBy(() -> store.storeDocument(script)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a PDF");
        assertThat(folder.resolve("logos")).doesNotExist();
    }

    @Test
    void damagedImageWithTheRightMagicBytesIsRefused() {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        byte[] fake = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        assertThatThrownBy(() -> store.storeLogo(fake)).hasMessageContaining("could not be read");
    }

    @Test
    void oversizedFilesAreRefused() {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        assertThatThrownBy(() -> store.storeLogo(new byte[UploadStore.MAX_LOGO_BYTES + 1])).hasMessageContaining("larger than 2 MB");
        byte[] bigPdf = new byte[UploadStore.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, bigPdf, 0, 5);
        assertThatThrownBy(() -> store.storeDocument(bigPdf)).hasMessageContaining("larger than 10 MB");
    }

    @Test
    void onlyGeneratedNamesAreReadBack() {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        assertThat(store.readLogo("../../etc/passwd")).isEmpty();
        assertThat(store.readDocument("x.pdf")).isEmpty();
    }

    @Test
    void pdfIsStoredAsIs() {
        UploadStore store = new UploadStore(new UploadProperties(folder.toString()));
        byte[] pdf = "%PDF-1.4\n%...".getBytes();
        assertThat(store.readDocument(store.storeDocument(pdf)).orElseThrow()).isEqualTo(pdf);
    }

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
