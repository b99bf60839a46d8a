package vn.lgtq.reintegration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import vn.lgtq.error.ProblemException;
import vn.lgtq.security.CallerScope;
import vn.lgtq.security.Roles;

/**
 * Need to know, in one place. Officers of the owning commune (and above) manage a case and read it in full;
 * an officer holding a valid break-glass grant reads it in full and nothing more; the hamlet leader of its hamlet
 * and the leader of its responsible group read a reduced view and log contacts; nobody else sees it at all.
 */
@ApplicationScoped
public class ReintegrationAccess {
    public enum Level {
        NONE, REDUCED, BREAK_GLASS, MANAGE;

        public CaseView view() {
            return this == REDUCED ? CaseView.REDUCED : CaseView.FULL;
        }
    }

    @Inject
    CallerScope caller;

    public Level of(ReintegrationCase c) {
        if (caller.isOfficer()) {
            if (caller.canSee(c.communeId)) {
                return Level.MANAGE;
            }
            return hasValidGrant(c.id) ? Level.BREAK_GLASS : Level.NONE;
        }
        if (caller.hasRole(Roles.HAMLET_LEADER) && c.hamletId != null && caller.canSee(c.hamletId)) {
            return Level.REDUCED;
        }
        if (caller.hasRole(Roles.GROUP_LEADER) && caller.leadsGroup(c.groupId)) {
            return Level.REDUCED;
        }
        return Level.NONE;
    }

    private boolean hasValidGrant(long caseId) {
        return CaseRecords.BreakGlass.count("caseId = ?1 and username = ?2 and expiresAt > ?3", caseId,
                caller.username(), OffsetDateTime.now()) > 0;
    }

    /** The case, if the caller may see it at all; 404 otherwise (its existence is not revealed). */
    public ReintegrationCase visible(long id) {
        requirePerson();
        ReintegrationCase c = ReintegrationCase.findById(id);
        if (c == null || of(c) == Level.NONE) {
            throw ProblemException.notFound("Không tìm thấy hồ sơ " + id + ".");
        }
        return c;
    }

    /** A case the caller manages (officer of its commune or above), at the version the caller saw. */
    public ReintegrationCase managed(long id, Long version) {
        requireOfficer();
        ReintegrationCase c = visible(id);
        if (of(c) != Level.MANAGE) {
            throw ProblemException.forbidden("Truy cập khẩn cấp chỉ cho phép xem hồ sơ, không được sửa.");
        }
        if (version != null && c.version != version) {
            throw ProblemException.of(vn.lgtq.error.ProblemMappers.staleVersion());
        }
        return c;
    }

    /** Police officers, hamlet and group leaders: the people who follow someone. Systems read figures only. */
    public void requirePerson() {
        if (!caller.worksWithGroups()) {
            throw ProblemException.forbidden("Vai trò của bạn chỉ xem số liệu tổng hợp.");
        }
    }

    public void requireOfficer() {
        if (!caller.isOfficer()) {
            throw ProblemException.forbidden("Chỉ cán bộ công an quản lý hồ sơ tái hòa nhập.");
        }
    }
}
