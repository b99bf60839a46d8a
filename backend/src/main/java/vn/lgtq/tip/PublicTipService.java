package vn.lgtq.tip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.lgtq.audit.AuditLog;
import vn.lgtq.error.ProblemException;
import vn.lgtq.tip.TipDtos.PublicView;
import vn.lgtq.unit.SearchText;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;

/**
 * The public page: a citizen without an account files a tip and follows it with its tracking code. Nothing
 * that identifies the citizen (no IP address, no device) is stored, and officers' names are not shown.
 */
@ApplicationScoped
public class PublicTipService {
    static final String CITIZEN = "citizen";

    @Inject
    AuditLog audit;

    @Transactional
    public TipDtos.PublicCreated file(TipDtos.PublicCreate body) {
        Unit hamlet = Unit.findById(body.hamletId());
        if (hamlet == null || hamlet.level != UnitLevel.HAMLET || hamlet.validTo != null) {
            throw ProblemException.invalid("hamletId", "Chọn thôn, tổ dân phố nơi xảy ra sự việc.");
        }
        Tip tip = TipService.newTip(hamlet, body.category(), body.occurredAt(), body.locationText(), body.description());
        tip.source = TipSource.CITIZEN;
        String code = TrackingCodes.generate();
        tip.trackingCodeHash = TrackingCodes.hash(code);
        tip.persist();
        TipEvent.of(tip, null, TipEvent.Kind.FILED, null, true).persist();
        audit.recordAnonymous(CITIZEN, "CREATE", "tip", tip.id, tip.category + " source=CITIZEN");
        return new TipDtos.PublicCreated(code, tip.status);
    }

    public PublicView view(String code) {
        Tip tip = byCode(code);
        List<TipDtos.PublicMessage> messages = TipEvent.<TipEvent>list("tipId = ?1 and shownToCitizen = true order by id",
                tip.id).stream().map(PublicTipService::message).toList();
        Unit hamlet = Unit.findById(tip.hamletId);
        Unit commune = Unit.findById(tip.primaryUnitId);
        return new PublicView(tip.category, tip.status, tip.createdAt, hamlet.name, commune.name, messages);
    }

    @Transactional
    public PublicView addMessage(String code, TipDtos.Message body) {
        Tip tip = byCode(code);
        if (tip.status == TipStatus.CLOSED) {
            throw ProblemException.conflict("tip-closed", "Tin báo đã đóng; không thể gửi thêm thông tin.");
        }
        TipEvent.of(tip, null, TipEvent.Kind.REPORTER_MESSAGE, body.text().trim(), true).persist();
        audit.recordAnonymous(CITIZEN, "REPORTER_MESSAGE", "tip", tip.id, null);
        return view(code);
    }

    /** Current communes and hamlets to choose from: by name, or the hamlets of a commune. */
    public List<TipDtos.PublicUnit> units(Long communeId, String q) {
        List<Unit> units;
        if (communeId != null) {
            units = Unit.list("parentId = ?1 and level = ?2 and validTo is null order by searchName", communeId,
                    UnitLevel.HAMLET);
        } else {
            String words = SearchText.fold(q);
            if (words.length() < 2) {
                throw ProblemException.invalid("q", "Nhập ít nhất 2 ký tự của tên xã, phường.");
            }
            units = Unit.<Unit>find("level = ?1 and validTo is null and searchName like ?2 escape '\\' order by searchName",
                    UnitLevel.COMMUNE, SearchText.containing(words)).page(0, 20).list();
        }
        return units.stream().map(u -> new TipDtos.PublicUnit(u.id, u.name, u.level.name())).toList();
    }

    private static Tip byCode(String code) {
        Tip tip = Tip.find("trackingCodeHash = ?1", (Object) TrackingCodes.hash(code)).firstResult();
        return Optional.ofNullable(tip).orElseThrow(() -> ProblemException.notFound("Không tìm thấy tin báo với mã theo dõi này."));
    }

    private static TipDtos.PublicMessage message(TipEvent event) {
        String from = event.actor == null ? "CITIZEN" : "POLICE";
        String text = switch (event.kind) {
            case QUESTION, REPORTER_MESSAGE -> event.comment;
            case STATUS -> event.toStatus.name();
            default -> null;
        };
        return new TipDtos.PublicMessage(event.occurredAt, from, event.kind, text);
    }
}
