package org.lastrada.portal.shared.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lastrada.portal.shared.TestImages;
import org.lastrada.portal.shared.validation.InvalidInputException;

/**
 * Uploads become web images: recognised by their content, refused undecoded above the pixel limit, turned upright,
 * stripped of their metadata and stored at the variant widths no wider than themselves.
 */
class ImageVariantsTest {

    private static final long LIMIT = 40_000_000;

    @Test
    void aLargePhotoIsStoredAtEachWidthAsJpegWithTheRightHeights() {
        ImageVariants variants = ImageVariants.of(TestImages.jpeg(3000, 2000), LIMIT);

        assertThat(variants.format()).isEqualTo("jpg");
        assertThat(variants.widths()).containsExactly(480, 960, 1600);
        assertThat(variants.width()).isEqualTo(1600);
        assertThat(variants.height()).isEqualTo(1067);
        BufferedImage small = TestImages.decode(variants.files().get(480));
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(320);
    }

    @Test
    void aSmallImageIsNeverEnlarged() {
        ImageVariants variants = ImageVariants.of(TestImages.jpeg(700, 350), LIMIT);

        assertThat(variants.widths()).containsExactly(480, 700);
        assertThat(variants.width()).isEqualTo(700);
        assertThat(variants.height()).isEqualTo(350);
    }

    @Test
    void aPhoneFotoIsTurnedUprightAndLosesItsCameraDataAndPosition() {
        byte[] upload = TestImages.jpegWithExif(300, 200, 6);
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif", TestImages.GPS_MARK);

        ImageVariants variants = ImageVariants.of(upload, LIMIT);

        byte[] stored = variants.files().get(200);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain(TestImages.GPS_MARK);
        BufferedImage upright = TestImages.decode(stored);
        assertThat(upright.getWidth()).isEqualTo(200);
        assertThat(upright.getHeight()).isEqualTo(300);
        // Turned a quarter clockwise: the red left half is now on top, the blue right half below.
        assertThat(isMostly(upright.getRGB(100, 30), Color.RED)).isTrue();
        assertThat(isMostly(upright.getRGB(100, 270), Color.BLUE)).isTrue();
    }

    @Test
    void transparencyKeepsPngAndAnOpaquePngBecomesJpeg() {
        assertThat(ImageVariants.of(TestImages.png(600, 400, true), LIMIT).format()).isEqualTo("png");
        assertThat(ImageVariants.of(TestImages.png(600, 400, false), LIMIT).format()).isEqualTo("jpg");
    }

    @Test
    void anImageDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
        assertThatThrownBy(() -> ImageVariants.of(TestImages.pngHeaderClaiming(50_000, 50_000), LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("image");
                    assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.upload.too-many-pixels");
                });
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() {
        assertThatThrownBy(() -> ImageVariants.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.upload.not-an-image"));
        byte[] truncated = java.util.Arrays.copyOf(TestImages.jpeg(400, 300), 40);
        assertThatThrownBy(() -> ImageVariants.of(truncated, LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.reason().key()).isEqualTo("workspace.refusal.upload.unreadable"));
    }

    @Test
    void largeImagesAreReadSubsampledWithinTheMemoryBound() {
        assertThat(ImageVariants.subsampling(6000, 4000)).isEqualTo(3);
        assertThat(ImageVariants.subsampling(1000, 40_000)).isEqualTo(3);
        assertThat(ImageVariants.subsampling(1200, 800)).isEqualTo(1);
        long width = 8000;
        long height = 6000;
        int step = ImageVariants.subsampling(width, height);
        assertThat((width / step) * (height / step)).isLessThanOrEqualTo(ImageVariants.MAX_DECODED_PIXELS);
        assertThat(width / step).isGreaterThanOrEqualTo(1600);
    }

    private static boolean isMostly(int rgb, Color color) {
        Color found = new Color(rgb);
        return Math.abs(found.getRed() - color.getRed()) < 60 && Math.abs(found.getGreen() - color.getGreen()) < 60
                && Math.abs(found.getBlue() - color.getBlue()) < 60;
    }
}
