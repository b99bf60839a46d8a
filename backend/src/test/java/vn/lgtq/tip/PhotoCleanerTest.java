package vn.lgtq.tip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EXIF orientations 1–8: where the stored picture's top-left pixel ends up, and the size. */
class PhotoCleanerTest {
    @Test
    void everyOrientationTurnsThePictureUpright() {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 0xFF0000);
        // EXIF: orientation n says where the stored 0th row and column are seen; (x, y) of the marked pixel.
        List<int[]> expected = List.of(new int[] {0, 0}, new int[] {2, 0}, new int[] {2, 1}, new int[] {0, 1},
                new int[] {0, 0}, new int[] {1, 0}, new int[] {1, 2}, new int[] {0, 2});
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = PhotoCleaner.upright(stored, orientation, true);
            int[] at = expected.get(orientation - 1);
            assertEquals(orientation >= 5 ? List.of(2, 3) : List.of(3, 2),
                    List.of(upright.getWidth(), upright.getHeight()), "size, orientation " + orientation);
            assertEquals(0xFF0000, upright.getRGB(at[0], at[1]) & 0xFFFFFF, "orientation " + orientation);
        }
    }
}
