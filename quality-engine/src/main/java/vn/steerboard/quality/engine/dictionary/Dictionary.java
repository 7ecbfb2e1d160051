package vn.steerboard.quality.engine.dictionary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shared dictionary of Vietnamese data elements; a suite may add its own elements. */
public final class Dictionary {

    private final Map<String, Element> elements = new LinkedHashMap<>();
    private AdministrativeCodes codes;

    /** The province and commune code lists behind the standard elements (loaded into each scan's statement). */
    public AdministrativeCodes codes() {
        if (codes == null) {
            codes = AdministrativeCodes.load();
        }
        return codes;
    }

    public static Dictionary standard() {
        Dictionary dictionary = new Dictionary();
        AdministrativeCodes codes = AdministrativeCodes.load();
        dictionary.codes = codes;
        for (Element element : List.of(new CitizenId(), new TaxCode(), PatternElement.mobile(), PatternElement.landline(),
                PatternElement.email(), new PersonName(), new ProvinceCode(codes), new CommuneCode(codes), new CommuneInProvince(codes))) {
            dictionary.add(element);
        }
        return dictionary;
    }

    public Dictionary add(Element element) {
        elements.put(element.name(), element);
        return this;
    }

    /** This dictionary plus the given elements (a suite's own), leaving this one unchanged. */
    public Dictionary with(List<? extends Element> extra) {
        Dictionary copy = new Dictionary();
        copy.elements.putAll(elements);
        copy.codes = codes;
        extra.forEach(copy::add);
        return copy;
    }

    public Optional<Element> find(String name) {
        return Optional.ofNullable(elements.get(name));
    }

    public List<String> names() {
        return new ArrayList<>(elements.keySet());
    }

    public List<Element> elements() {
        return List.copyOf(elements.values());
    }
}
