package vn.steerboard.committee.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The meeting document's letterhead and signature ({@code steerboard.report.*}), set per deployment. A blank value
 * takes the committee's wording from the message bundle ({@code report.form.*}); the signer's name has no default
 * (no invented person): when it is blank the signature block ends with the "(đã ký)" placeholder. The document number
 * is left for the clerk who registers the document ("Số: …/BC-BCĐ") unless {@code number} is set.
 */
@ConfigurationProperties("steerboard.report")
public class MeetingDocumentSettings {

    /** The governing body above the issuer (ND 30/2020 ô 2, upper line); blank for none. */
    private String parentBody = "";
    private String issuer = "";
    private String number = "";
    private String symbol = "";
    private String place = "";
    private String signerCapacity = "";
    private String signerPosition = "";
    private String signerName = "";
    private List<String> recipients = List.of();

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSignerCapacity() {
        return signerCapacity;
    }

    public void setSignerCapacity(String signerCapacity) {
        this.signerCapacity = signerCapacity;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public void setSignerPosition(String signerPosition) {
        this.signerPosition = signerPosition;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
