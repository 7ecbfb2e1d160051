package vn.steerboard.assessment;

/** How a criterion is answered. */
public enum AnswerType {
    CHOICE, YES_NO, NUMBER, PERCENTAGE, FILE
}
