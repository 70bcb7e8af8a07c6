package io.github.kvsviewer.aws;

import io.github.kvsviewer.archive.ArchiveException;
import io.github.kvsviewer.archive.ArchiveException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;
import software.amazon.awssdk.services.sso.auth.ExpiredTokenException;

/**
 * Turns SDK failures into {@link ArchiveException}s whose message says, in the
 * operator's terms, what happened and what to do; the SDK exception stays as the
 * cause for the log. Messages never carry SDK wording, which is long and meant
 * for developers.
 */
final class ErrorTranslator {

    private final String region;
    private final Optional<URI> endpointOverride;
    /** The profile the credentials come from: the chosen one, else AWS_PROFILE; none with static keys. */
    private final Optional<String> profile;

    ErrorTranslator(ArchiveConnection connection) {
        this.region = connection.region();
        this.endpointOverride = connection.endpointOverride();
        this.profile = connection.staticKeys().isPresent() ? Optional.empty()
                : connection.profile().or(ProfileFileSystemSetting.AWS_PROFILE::getStringValue);
    }

    /**
     * @param operation the API operation, for messages and the log
     * @param stream the stream the call was about; empty for account-wide calls
     */
    ArchiveException translate(SdkException e, String operation, String stream) {
        if (e instanceof AwsServiceException service) {
            return fromService(service, operation, stream);
        }
        return fromClient(e, operation);
    }

    /** A failure outside the SDK's own exceptions (a bug, a broken profile file): said plainly, kept for the log. */
    ArchiveException unexpected(RuntimeException e, String operation) {
        return new ArchiveException(Kind.UNEXPECTED, operation + " failed: " + e.getMessage()
                + ". Try again; if it keeps failing, see the log.", e);
    }

    private ArchiveException fromService(AwsServiceException e, String operation, String stream) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? "" : e.awsErrorDetails().errorCode();
        String detail = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? "" : e.awsErrorDetails().errorMessage();
        return switch (code) {
            case "ResourceNotFoundException" -> operation.equals("GetClip")
                    ? new ArchiveException(Kind.NO_FOOTAGE, "No footage of '" + stream + "' starts in the chosen "
                            + "range. Choose a range that starts earlier, or check the footage map for gaps.", e)
                    : streamNotFound(stream, e);
            case "NoDataRetentionException" -> new ArchiveException(Kind.NO_FOOTAGE, "Stream '" + stream
                    + "' keeps no footage (its data retention is 0 hours). Set a retention period for it in the "
                    + "Kinesis Video Streams console.", e);
            case "ClientLimitExceededException" -> new ArchiveException(Kind.THROTTLED, "Kinesis Video Streams is "
                    + "busy and asked us to slow down. Wait a minute, then try again.", e);
            case "NotAuthorizedException", "AccessDeniedException" -> notAuthorized(detail, operation, stream, e);
            case "UnrecognizedClientException", "InvalidSignatureException", "SignatureDoesNotMatch",
                    "InvalidClientTokenId", "IncompleteSignature", "MissingAuthenticationToken",
                    "MissingAuthenticationTokenException" -> badCredentials(e);
            case "ExpiredTokenException", "ExpiredToken", "RequestExpired" -> expired(false, e);
            case "InvalidArgumentException" -> invalidArgument(detail, operation, stream, e);
            case "MissingCodecPrivateDataException" -> unplayable(stream, "the camera sent no codec data with it", e);
            case "InvalidCodecPrivateDataException" -> unplayable(stream, "its codec data is damaged", e);
            case "UnsupportedStreamMediaTypeException" -> unplayable(stream, "it is not H.264 or H.265 video", e);
            case "InvalidMediaFrameException" -> unplayable(stream, "a video frame in it is damaged", e);
            default -> e.statusCode() >= 500
                    ? new ArchiveException(Kind.UNEXPECTED, "Kinesis Video Streams failed to answer " + operation
                            + " (" + code + "). Try again in a moment.", e)
                    : new ArchiveException(Kind.UNEXPECTED, operation + " failed: " + code + " (HTTP "
                            + e.statusCode() + "). Try again; if it keeps failing, see the log.", e);
        };
    }

    private ArchiveException streamNotFound(String stream, Exception e) {
        return new ArchiveException(Kind.STREAM_NOT_FOUND, "There is no stream named '" + stream + "' in region "
                + region + ". Check the stream name and the region.", e);
    }

    /** Signature problems are the credentials; anything else is a permission the identity lacks. */
    private ArchiveException notAuthorized(String detail, String operation, String stream, Exception e) {
        String lower = detail.toLowerCase();
        if (lower.contains("signature expired") || lower.contains("not yet valid")) {
            return new ArchiveException(Kind.NOT_AUTHORIZED, "Kinesis Video Streams refused the request because "
                    + "this computer's clock is wrong. Set the clock to the correct time, then try again.", e);
        }
        if (lower.contains("signature") || lower.contains("security token") || lower.contains("credential")
                || lower.contains("authorization header")) {
            return badCredentials(e);
        }
        return new ArchiveException(Kind.NOT_AUTHORIZED, who() + " may not " + operation
                + (stream.isEmpty() ? "" : " on '" + stream + "'") + ". Ask your AWS administrator for read access "
                + "to Kinesis Video Streams, or choose another profile.", e);
    }

    /** Whose permissions are lacking, as the operator chose them. */
    private String who() {
        return profile.map(p -> "Profile '" + p + "'").orElse("These credentials");
    }

    private ArchiveException badCredentials(Exception e) {
        return new ArchiveException(Kind.NOT_AUTHORIZED, "Kinesis Video Streams did not accept the access key "
                + "(wrong secret key, or a deleted key). Check the keys"
                + profile.map(p -> " of profile '" + p + "'").orElse("") + ".", e);
    }

    private ArchiveException invalidArgument(String detail, String operation, String stream, Exception e) {
        String lower = detail.toLowerCase();
        if (lower.contains("streamname") || lower.contains("streamarn")) {
            return new ArchiveException(Kind.STREAM_NOT_FOUND, "'" + stream + "' is not a valid stream name: names "
                    + "use only letters, digits, '_', '.' and '-'. Check the stream name.", e);
        }
        if (lower.contains("24 hours")) {
            return new ArchiveException(Kind.INVALID_RANGE, "The range is longer than 24 hours, which Kinesis Video "
                    + "Streams cannot return as one clip. Choose a shorter range.", e);
        }
        if (lower.contains("timestamp")) {
            return new ArchiveException(Kind.INVALID_RANGE, "The range is empty: its end must be later than its "
                    + "start. Choose another range.", e);
        }
        return new ArchiveException(Kind.UNEXPECTED, "Kinesis Video Streams refused " + operation + ": " + detail
                + ". See the log.", e);
    }

    private ArchiveException unplayable(String stream, String reason, Exception e) {
        return new ArchiveException(Kind.UNPLAYABLE_MEDIA, "The footage of '" + stream + "' in this range cannot "
                + "be played: " + reason + ". Try another range; if every range fails, check the camera's video "
                + "settings.", e);
    }

    private ArchiveException fromClient(SdkException e, String operation) {
        if (cause(e, ExpiredTokenException.class).isPresent()) {
            return expired(true, e);
        }
        String message = String.valueOf(e.getMessage());
        // The SSO token providers say so in words only (SdkClientException).
        if (message.contains("Token is expired") || message.contains("SSO session associated with this profile "
                + "has expired")) {
            return expired(true, e);
        }
        if (message.contains("Unable to load SSO token")) {
            return new ArchiveException(Kind.CREDENTIALS_EXPIRED, profile.map(p -> "Profile '" + p + "'")
                    .orElse("This computer") + " is not signed in to AWS. Run '" + ssoLogin() + "' in a terminal, "
                    + "then try again.", e);
        }
        if (message.contains("Unable to load credentials") || message.contains("Profile file contained no")) {
            return new ArchiveException(Kind.NOT_AUTHORIZED, profile
                    .map(p -> "No AWS credentials were found for profile '" + p + "'. Check that ~/.aws/config has "
                            + "this profile, or choose another one.")
                    .orElse("No AWS credentials were found. Choose a profile, or set one up with 'aws configure "
                            + "sso'."), e);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return network(target() + " did not answer in time", e);
        }
        Optional<UnknownHostException> unknownHost = cause(e, UnknownHostException.class);
        if (unknownHost.isPresent()) {
            return network("the address " + String.valueOf(unknownHost.get().getMessage()).replaceFirst(":.*$", "")
                    + " was not found", e);
        }
        if (cause(e, ConnectException.class).isPresent()) {
            return network("could not connect to " + target() + " (connection refused)", e);
        }
        if (cause(e, NoRouteToHostException.class).isPresent()) {
            return network("there is no route to " + target(), e);
        }
        if (cause(e, SocketTimeoutException.class).isPresent()) {
            return network(target() + " did not answer in time", e);
        }
        if (cause(e, SSLException.class).isPresent()) {
            return network("the secure connection to " + target() + " failed", e);
        }
        if (cause(e, IOException.class).isPresent()) {
            return network("the connection to " + target() + " broke off", e);
        }
        return new ArchiveException(Kind.UNEXPECTED, operation + " failed: " + message
                + ". Try again; if it keeps failing, see the log.", e);
    }

    ArchiveException network(String what, Exception e) {
        return new ArchiveException(Kind.NETWORK, capitalized(what) + ". Check the network connection, then try "
                + "again.", e);
    }

    /** Where requests go, as the operator knows it. */
    String target() {
        return endpointOverride.map(uri -> "the archive at " + uri)
                .orElse("Kinesis Video Streams (" + region + ")");
    }

    /** An SSO sign-in to renew, or temporary keys of another kind. */
    private ArchiveException expired(boolean knownSso, Exception e) {
        if (knownSso || isSsoProfile()) {
            return new ArchiveException(Kind.CREDENTIALS_EXPIRED, profile
                    .map(p -> "The AWS sign-in of profile '" + p + "' has expired.")
                    .orElse("The AWS sign-in has expired.") + " Run '" + ssoLogin() + "' in a terminal, then try "
                    + "again.", e);
        }
        return new ArchiveException(Kind.CREDENTIALS_EXPIRED, "The temporary AWS credentials"
                + profile.map(p -> " of profile '" + p + "'").orElse("") + " have expired. Get new ones (sign in "
                + "again), then try again.", e);
    }

    private String ssoLogin() {
        return "aws sso login" + profile.map(p -> " --profile " + p).orElse("");
    }

    private boolean isSsoProfile() {
        String name = profile.orElse("default");
        try {
            return ProfileFile.defaultProfileFile().profile(name)
                    .map(p -> p.property("sso_session").isPresent() || p.property("sso_start_url").isPresent())
                    .orElse(false);
        } catch (RuntimeException e) {
            return false; // no readable config: not an SSO profile we know of
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
