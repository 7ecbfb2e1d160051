package vn.steerboard.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.steerboard.identity.AccountImport;
import vn.steerboard.identity.AccountImport.AccountDraft;
import vn.steerboard.identity.FocalPoints;
import vn.steerboard.identity.Role;

/**
 * The demo accounts listed in the README, created on first start when demo data is on (the default for the
 * embedded database; off for production), through identity's {@link AccountImport}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Steerboard@2025";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountImport accounts;

    DemoAccounts(AccountImport accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = accounts.createMissing(List.of(
                account("admin", "Thư ký Ban Chỉ đạo (quản trị)", Role.ADMIN, null),
                account("hanoi.officer", "Chuyên viên Sở KH&CN Hà Nội", Role.OFFICER, "01"),
                account("hanoi.leader", "Lãnh đạo UBND Thành phố Hà Nội", Role.LEADER, "01"),
                account("badinh.officer", "Công chức Phường Ba Đình", Role.OFFICER, "00004"),
                account("ngocha.officer", "Công chức Phường Ngọc Hà", Role.OFFICER, "00008"),
                account("bkhcn.officer", "Chuyên viên Bộ Khoa học và Công nghệ", Role.OFFICER, "BKHCN"),
                account("viewer", "Thành viên Ban Chỉ đạo (chỉ xem)", Role.VIEWER, null)));
        if (created > 0) {
            Map<String, FocalPoints.Details> focalPoints = new LinkedHashMap<>();
            focalPoints.put("01", new FocalPoints.Details("Nguyễn Văn An", "Phó Giám đốc Sở Khoa học và Công nghệ",
                    "an.nv@hanoi.gov.vn", "024 3825 1234"));
            focalPoints.put("00004", new FocalPoints.Details("Trần Thị Bình", "Công chức Văn phòng - Thống kê",
                    "binh.tt@badinh.hanoi.gov.vn", "0912 345 678"));
            focalPoints.put("00008", new FocalPoints.Details("Lê Minh Châu", "Phó Chủ tịch UBND phường",
                    "chau.lm@ngocha.hanoi.gov.vn", "0987 654 321"));
            accounts.recordFocalPoints(focalPoints);
            log.info("Demo data: created {} accounts (password '{}')", created, PASSWORD);
        }
    }

    private static AccountDraft account(String username, String name, Role role, String unit) {
        return new AccountDraft(username, name, username + "@demo.steerboard.gov.vn", PASSWORD, role, unit);
    }
}
