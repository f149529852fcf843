package org.republish.write;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J, one level down: by default it writes
 * several INFO lines per PDF (cache hits, "prepare to fly") to stderr through
 * java.util.logging, which would bury the service log. Its warnings (an
 * unknown CSS property, a refused image) become INFO here; republish reports
 * what matters to editors as notices instead.
 *
 * <p>openhtmltopdf's logger is a JVM-wide setting; installing is idempotent.
 */
final class RendererLogging implements XRLogger {

    private static volatile boolean installed;

    private RendererLogging() {
    }

    static void install() {
        if (!installed) {
            synchronized (RendererLogging.class) {
                if (!installed) {
                    XRLog.setLoggerImpl(new RendererLogging());
                    installed = true;
                }
            }
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.warn(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.info(msg, th);
        } else if (value >= Level.INFO.intValue()) {
            logger.debug(msg, th);
        } else {
            logger.trace(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are configured in the SLF4J backend
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.SEVERE.intValue()) {
            return logger.isWarnEnabled();
        } else if (value >= Level.WARNING.intValue()) {
            return logger.isInfoEnabled();
        } else if (value >= Level.INFO.intValue()) {
            return logger.isDebugEnabled();
        }
        return logger.isTraceEnabled();
    }
}
