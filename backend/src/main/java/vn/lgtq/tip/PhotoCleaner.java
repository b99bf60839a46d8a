package vn.lgtq.tip;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.lgtq.error.ProblemException;

/**
 * Makes an uploaded photo safe to keep: decoded to pixels and encoded afresh, so that nothing of the file but the
 * picture survives (EXIF with the phone's model and GPS position, XMP, IPTC, ICC profiles, comments, thumbnails,
 * trailing bytes). The EXIF orientation is applied to the pixels first, so the photo still stands the right way
 * up. JPEG stays JPEG, PNG stays PNG (it may be a screenshot with text); anything else is refused.
 */
final class PhotoCleaner {
    /** A clean photo: the new bytes and their media type. */
    record Photo(byte[] data, String contentType) {
    }

    private static final float JPEG_QUALITY = 0.9f;

    static {
        // The JPEG reader of TwelveMonkeys (CMYK and other phone files the JDK refuses) registers itself by
        // ServiceLoader; Quarkus' class loader is not the one ImageIO looked at first.
        ImageIO.scanForPlugins();
    }

    private PhotoCleaner() {
    }

    /** @param maxPixels width × height above which a picture is refused before it is decoded (decompression bombs) */
    static Photo clean(byte[] data, long maxPixels) {
        String type = TipPhotos.imageType(data);
        if (type == null || !(type.equals("image/jpeg") || type.equals("image/png"))) {
            throw ProblemException.unsupportedType("Chỉ nhận ảnh JPEG hoặc PNG.");
        }
        boolean jpeg = type.equals("image/jpeg");
        BufferedImage decoded = decode(data, jpeg ? "jpeg" : "png", maxPixels);
        BufferedImage upright = upright(decoded, jpeg ? exifOrientation(data) : 1, jpeg);
        return new Photo(jpeg ? writeJpeg(upright) : writePng(upright), type);
    }

    private static BufferedImage decode(byte[] data, String format, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // ignoring metadata: it is never read, so never kept
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > maxPixels) {
                    throw ProblemException.tooLarge("Ảnh quá lớn (" + width + " × " + height
                            + " điểm ảnh); tối đa " + maxPixels / 1_000_000 + " triệu điểm ảnh.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.unsupportedType("Không đọc được ảnh; hãy gửi ảnh JPEG hoặc PNG khác.");
        }
    }

    /**
     * A new image in plain RGB (JPEG) or ARGB (PNG), turned as EXIF orientation 1–8 says: the source pixel (x, y)
     * goes to the position below, width and height swapped for 5–8.
     */
    static BufferedImage upright(BufferedImage source, int orientation, boolean opaque) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        if (orientation < 2 || orientation > 8) {
            Graphics2D g = target.createGraphics(); // the common case, in one fast copy
            g.drawImage(source, 0, 0, null);
            g.dispose();
            return target;
        }
        int[] line = new int[w];
        for (int y = 0; y < h; y++) {
            source.getRGB(0, y, w, 1, line, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = opaque ? line[x] | 0xFF000000 : line[x];
                switch (orientation) {
                    case 2 -> target.setRGB(w - 1 - x, y, argb);
                    case 3 -> target.setRGB(w - 1 - x, h - 1 - y, argb);
                    case 4 -> target.setRGB(x, h - 1 - y, argb);
                    case 5 -> target.setRGB(y, x, argb);
                    case 6 -> target.setRGB(h - 1 - y, x, argb);
                    case 7 -> target.setRGB(h - 1 - y, w - 1 - x, argb);
                    case 8 -> target.setRGB(y, w - 1 - x, argb);
                    default -> target.setRGB(x, y, argb);
                }
            }
        }
        return target;
    }

    /** The Orientation tag (0x0112) of IFD0 in the JPEG's EXIF segment; 1 (as stored) when absent or unreadable. */
    static int exifOrientation(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, true);
            if (marker == 0xDA || length < 2) {
                return 1; // the picture data starts: no EXIF before it
            }
            int body = at + 4;
            if (marker == 0xE1 && body + 14 <= jpeg.length && new String(jpeg, body, 6,
                    java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return orientationInTiff(jpeg, body + 6, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int orientationInTiff(byte[] b, int tiff, int end) {
        boolean bigEndian = b[tiff] == 'M';
        long ifd = u32(b, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) (tiff + ifd), bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) (tiff + ifd + 2 + 12L * i);
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == 0x0112) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }

    private static byte[] writeJpeg(BufferedImage image) {
        // Given no metadata, the writer puts a JFIF header and the picture, nothing else.
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] writePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
