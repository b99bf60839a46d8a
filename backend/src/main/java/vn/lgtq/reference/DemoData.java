package vn.lgtq.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import vn.lgtq.unit.Unit;
import vn.lgtq.unit.UnitLevel;
import vn.lgtq.unit.UnitType;

/**
 * Made-up hamlets of Sơn La, flagged demo, for trying the product: no public source lists hamlets.
 * Tiểu khu 20 lay in thị trấn Hát Lót until 30 June 2025 and lies in xã Mai Sơn since (same GSO code 04105).
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final LocalDate REFORM_DAY = ReferenceDataLoader.REFORM_DAY;
    private static final LocalDate BEFORE_REFORM = ReferenceDataLoader.LAST_DAY_BEFORE_REFORM;

    @Transactional
    public void loadOnce() {
        if (Unit.count("demo", true) > 0) {
            return;
        }
        Unit hatLot = commune("04105", BEFORE_REFORM);
        Unit maiSon = commune("04105", REFORM_DAY);
        Unit toHieu = commune("03646", REFORM_DAY);

        Unit oldTk20 = hamlet("04105-TK20", "Tiểu khu 20", UnitType.TIEU_KHU, hatLot, null, BEFORE_REFORM);
        Unit tk20 = hamlet("04105-TK20", "Tiểu khu 20", UnitType.TIEU_KHU, maiSon, REFORM_DAY, null);
        tk20.predecessorIds.add(oldTk20.id);
        hamlet("04105-TK19", "Tiểu khu 19", UnitType.TIEU_KHU, maiSon, REFORM_DAY, null);
        hamlet("04105-BOAN", "Bản Bó Ẩn", UnitType.BAN, maiSon, REFORM_DAY, null);
        hamlet("03646-TDP1", "Tổ dân phố 1", UnitType.TO_DAN_PHO, toHieu, REFORM_DAY, null);
        hamlet("03646-TDP2", "Tổ dân phố 2", UnitType.TO_DAN_PHO, toHieu, REFORM_DAY, null);
        LOG.info("Loaded demo hamlets of Sơn La");
    }

    private static Unit commune(String code, LocalDate day) {
        List<Unit> units = Unit.list("code = ?1 and level = ?2", code, UnitLevel.COMMUNE);
        return units.stream().filter(u -> u.isValidOn(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Reference data lacks commune " + code + " on " + day));
    }

    private static Unit hamlet(String code, String name, UnitType type, Unit commune, LocalDate from, LocalDate to) {
        Unit hamlet = new Unit();
        hamlet.code = code;
        hamlet.name = name;
        hamlet.level = UnitLevel.HAMLET;
        hamlet.type = type;
        hamlet.parentId = commune.id;
        hamlet.validFrom = from;
        hamlet.validTo = to;
        hamlet.demo = true;
        hamlet.persistAndFlush();
        return hamlet;
    }
}
