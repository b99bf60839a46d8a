package vn.lgtq.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.security.CallerScope;

/**
 * Photos of a tip: JPEG or PNG recognised by their first bytes, not by what the client claims, and stored
 * re-encoded without metadata ({@link PhotoCleaner}).
 */
@ApplicationScoped
public class TipPhotos {
    @Inject
    TipService tips;

    @Inject
    TipViews views;

    @Inject
    TipConfig config;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @Transactional
    public TipDtos.Detail add(long tipId, Path file) {
        Tip tip = tips.visible(tipId);
        boolean filer = Objects.equals(tip.reporterUsername, caller.username());
        if (!filer && !(caller.isOfficer() && caller.canSee(tip.primaryUnitId))) {
            throw ProblemException.forbidden("Chỉ người gửi tin và cán bộ xử lý được thêm ảnh.");
        }
        if (TipPhoto.count("tipId", tip.id) >= config.photosPerTip()) {
            throw ProblemException.conflict("too-many-photos", "Mỗi tin báo có tối đa " + config.photosPerTip() + " ảnh.");
        }
        byte[] data;
        try {
            if (Files.size(file) > config.photoMaxBytes()) {
                throw ProblemException.tooLarge("Ảnh lớn hơn " + config.photoMaxBytes() / (1024 * 1024) + " MB.");
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Only the picture is kept: the uploaded bytes (EXIF with GPS and phone model, XMP, ...) never are.
        PhotoCleaner.Photo clean = PhotoCleaner.clean(data, config.photoMaxPixels());
        String type = clean.contentType();
        data = clean.data();
        TipPhoto photo = new TipPhoto();
        photo.tipId = tip.id;
        photo.contentType = type;
        photo.sizeBytes = data.length;
        photo.data = data;
        photo.createdAt = OffsetDateTime.now();
        photo.persist();
        TipEvent.of(tip, caller.username(), TipEvent.Kind.PHOTO, null, false).persist();
        audit.record("ADD_PHOTO", "tip", tip.id, type + " " + data.length);
        return views.detail(tip, caller.username(), caller.isOfficer());
    }

    public Response get(long tipId, long photoId) {
        Tip tip = tips.visible(tipId);
        TipPhoto photo = TipPhoto.find("id = ?1 and tipId = ?2", photoId, tip.id).firstResult();
        if (photo == null) {
            throw ProblemException.notFound("Không tìm thấy ảnh " + photoId + ".");
        }
        return Response.ok(photo.data, photo.contentType).build();
    }

    static String imageType(byte[] data) {
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        int[] actual = new int[expected.length];
        for (int i = 0; i < expected.length; i++) {
            actual[i] = data[offset + i] & 0xFF;
        }
        return Arrays.equals(actual, expected);
    }
}
