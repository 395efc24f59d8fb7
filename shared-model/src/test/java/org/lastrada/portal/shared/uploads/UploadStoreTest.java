package org.lastrada.portal.shared.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
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
