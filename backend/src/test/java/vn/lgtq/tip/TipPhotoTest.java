package vn.lgtq.tip;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.lgtq.testing.Callers;
import vn.lgtq.testing.TestUnits;

/** Photos are stored re-encoded: no EXIF (GPS, phone model), no XMP, upright; non-images and bombs refused. */
@QuarkusTest
class TipPhotoTest {
    private static final String PHONE = "SecretPhone X9";

    @Test
    void exifGpsXmpAndCommentsAreGoneAndThePhotoStandsUpright() throws IOException {
        long id = tip();
        // 40 × 20, left half red, taken with the phone turned: EXIF orientation 6 (turn 90° clockwise to view).
        byte[] jpeg = withMetadata(jpeg(40, 20), 6);
        assertEquals(6, PhotoCleaner.exifOrientation(jpeg));
        long photo = Callers.hamlet().contentType("multipart/form-data").multiPart("file", "anh.jpg", jpeg, "image/jpeg")
                .post("/api/v1/tips/" + id + "/photos").then().statusCode(200)
                .body("photos[0].contentType", equalTo("image/jpeg")).extract().jsonPath().getLong("photos[0].id");

        byte[] served = Callers.commune().get("/api/v1/tips/" + id + "/photos/" + photo).then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        String text = new String(served, StandardCharsets.ISO_8859_1);
        for (String leak : List.of("Exif", PHONE, "GPS", "http://ns.adobe.com/xap/1.0/", "Photoshop 3.0", "bí mật")) {
            assertFalse(text.contains(leak), leak);
        }
        assertFalse(markers(served).contains(0xE1), "no APP1 segment");
        assertFalse(markers(served).contains(0xED), "no APP13 (IPTC) segment");
        assertFalse(markers(served).contains(0xFE), "no comment");
        assertEquals(List.of(), markers(served).stream().filter(m -> m >= 0xE1 && m <= 0xEF).toList(),
                "no application segment but the JFIF header (no EXIF, XMP, ICC, IPTC)");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
        assertNotNull(image, "it still decodes");
        assertEquals(List.of(20, 40), List.of(image.getWidth(), image.getHeight()), "turned upright");
        Color top = new Color(image.getRGB(10, 5));
        assertEquals(true, top.getRed() > 200 && top.getBlue() < 80, "the red half is on top: " + top);
    }

    @Test
    void nonImagesWebpAndPictureBombsAreRefused() throws IOException {
        long id = tip();
        byte[] png = png(30, 10);
        long photo = upload(id, "anh.png", png, "image/png").statusCode(200)
                .body("photos[0].contentType", equalTo("image/png")).extract().jsonPath().getLong("photos[0].id");
        byte[] served = Callers.commune().get("/api/v1/tips/" + id + "/photos/" + photo).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertEquals(30, ImageIO.read(new ByteArrayInputStream(served)).getWidth());
        Callers.commune2().get("/api/v1/tips/" + id + "/photos/" + photo).then().statusCode(404);

        upload(id, "anh.jpg", "không phải ảnh".getBytes(StandardCharsets.UTF_8), "image/jpeg").statusCode(415)
                .contentType("application/problem+json");
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0};
        upload(id, "anh.jpg", fakeJpeg, "image/jpeg").statusCode(415).contentType("application/problem+json");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        upload(id, "anh.webp", webp, "image/webp").statusCode(415).contentType("application/problem+json");
        // 60,000 × 60,000 pixels announced in a 60-byte PNG: refused before anything is decoded.
        upload(id, "bom.png", pngHeader(60_000, 60_000), "image/png").statusCode(413)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse upload(long tip, String name, byte[] data,
            String type) {
        return Callers.hamlet().contentType("multipart/form-data").multiPart("file", name, data, type)
                .post("/api/v1/tips/" + tip + "/photos").then();
    }

    private static long tip() {
        return Callers.hamlet().body(Map.of("hamletId", TestUnits.current("04105-TK20"), "category", "OTHER",
                        "description", "Ảnh hiện trường", "source", "SELF")).post("/api/v1/tips").then().statusCode(201)
                .extract().jsonPath().getLong("summary.id");
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    /** The JPEG with, after SOI: EXIF (Make, Orientation, a GPS position), XMP, IPTC and a comment. */
    private static byte[] withMetadata(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200); // big-endian, as "MM" says
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(PHONE.length() + 1).putInt(50); // Make
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(70); // GPS IFD
        tiff.putInt(0);
        tiff.position(50);
        tiff.put((PHONE + "\0").getBytes(StandardCharsets.US_ASCII));
        tiff.position(70);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(100); // GPSLatitude, 3 rationals at 100
        tiff.putInt(0);
        tiff.position(100);
        tiff.putInt(21).putInt(1).putInt(19).putInt(1).putInt(3012).putInt(100);
        List<byte[]> segments = new ArrayList<>();
        segments.add(segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array())));
        segments.add(segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>21,19.3N"
                + "</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
        segments.add(segment(0xED, "Photoshop 3.0\08BIM".getBytes(StandardCharsets.ISO_8859_1)));
        segments.add(segment(0xFE, "bí mật".getBytes(StandardCharsets.ISO_8859_1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        segments.forEach(out::writeBytes);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] body) {
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((body.length + 2) >> 8),
            (byte) (body.length + 2)}, body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The markers of the JPEG's segments before the picture data. */
    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> found = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            found.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return found;
    }

    /** A PNG signature and an IHDR chunk announcing this size, and nothing else. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
