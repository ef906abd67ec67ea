package org.citydialogue.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One parsed message pattern, formatted by any number of threads at once. ICU's MessageFormat is
 * not thread-safe, and one lock per pattern made every screen and API call that used the same
 * message queue behind each other; instead each formatting borrows an idle copy (cloning the
 * parsed pattern is cheap, parsing is not), so there are never more copies than concurrent callers.
 */
final class CompiledMessage {

    private final MessageFormat pattern;
    private final ConcurrentLinkedQueue<MessageFormat> idle = new ConcurrentLinkedQueue<>();

    CompiledMessage(MessageFormat pattern) {
        this.pattern = pattern;
        idle.add(pattern);
    }

    String format(Object arguments) {
        MessageFormat format = idle.poll();
        if (format == null) {
            format = (MessageFormat) pattern.clone();
        }
        try {
            return format.format(arguments);
        } finally {
            idle.offer(format);
        }
    }
}
