package vn.steerboard.quality.engine.dictionary;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.steerboard.quality.engine.Criterion;

/** Elements whose whole rule is a regular expression, so the database checks them itself. */
public final class PatternElement implements Element {

    private final String name;
    private final String description;
    private final String source;
    private final String shape;
    private final Pattern pattern;
    private final Criterion criterion;
    private boolean personal;

    private PatternElement(String name, String description, String source, String shape) {
        this(name, description, source, shape, Criterion.CORRECT);
    }

    private PatternElement(String name, String description, String source, String shape, Criterion criterion) {
        this.criterion = criterion;
        this.name = name;
        this.description = description;
        this.source = source;
        this.shape = shape;
        this.pattern = Pattern.compile(shape);
    }

    /** An element a suite declares for itself: a name, a regular expression and where the rule comes from. */
    public static PatternElement custom(String name, String description, String source, String regex, Criterion criterion) {
        return new PatternElement(name, description, source, regex, criterion);
    }

    private PatternElement personalData() {
        this.personal = true;
        return this;
    }

    @Override
    public boolean personal() {
        return personal;
    }

    static PatternElement mobile() {
        return new PatternElement("mobile", "Số di động: 10 chữ số, đầu số 03, 05, 07, 08, 09 (hoặc +84)",
                "Quyết định 798/QĐ-BTTTT (chuyển đổi mã mạng di động 11 số sang 10 số, 2018)",
                "^(0|\\+84)(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])[0-9]{7}$").personalData();
    }

    static PatternElement landline() {
        return new PatternElement("landline", "Số cố định: 0 + mã vùng 2xx + 8 chữ số (11 chữ số)",
                "Thông tư 22/2014/TT-BTTTT và chuyển đổi mã vùng 2017", "^(0|\\+84)2[0-9]{9}$").personalData();
    }

    static PatternElement email() {
        return new PatternElement("email", "Địa chỉ thư điện tử", "RFC 5321 (dạng thường dùng)",
                "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$").personalData();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Criterion criterion() {
        return criterion;
    }

    @Override
    public String shape() {
        return shape;
    }

    @Override
    public boolean shapeIsEnough() {
        return true;
    }

    @Override
    public Optional<Finding> problem(String value, Object related) {
        return BoundedMatch.matches(pattern, value) ? Optional.empty() : Finding.of(Kinds.BAD_FORMAT, "pattern.element", name);
    }
}
