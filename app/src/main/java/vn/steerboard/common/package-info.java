/** Small shared vocabulary: Vietnamese text rules, paging, and the API's error types. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.steerboard.common;
