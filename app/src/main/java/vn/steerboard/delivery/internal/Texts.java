package vn.steerboard.delivery.internal;

/** Where the module's texts come from: the bundles in production ({@link DeliveryTexts}), the keys in pure tests. */
public interface Texts {

    String get(String key, Object... args);
}
