package vn.steerboard.assessment.internal.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.steerboard.assessment.AnswerType;
import vn.steerboard.assessment.Framework;
import vn.steerboard.common.ProblemTexts;

/** An answer in words: the choice's label, yes/no, a number with the reader's decimal mark, evidence attached or not. */
@Component
class AnswerTexts {

    private final MessageSource messages;

    AnswerTexts(MessageSource messages) {
        this.messages = messages;
    }

    String shown(Framework.Criterion c, String answer, Locale locale) {
        if (answer == null) {
            return "—";
        }
        boolean en = ProblemTexts.isEnglish(locale);
        return switch (c.type()) {
            case CHOICE -> c.choices().stream().filter(ch -> ch.code().equals(answer)).map(ch -> en ? ch.labelEn() : ch.labelVi())
                    .findFirst().orElse(answer);
            case YES_NO -> messages.getMessage("assessment.page." + answer, null, answer, locale);
            case NUMBER, PERCENTAGE -> number(answer, locale) + (c.type() == AnswerType.PERCENTAGE ? "%" : "");
            case FILE -> messages.getMessage("assessment.agency.answer.FILE." + answer, null, answer, locale);
        };
    }

    private static String number(String answer, Locale locale) {
        try {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(6);
            return format.format(Double.parseDouble(answer.replace(',', '.')));
        } catch (NumberFormatException e) {
            return answer;
        }
    }
}
