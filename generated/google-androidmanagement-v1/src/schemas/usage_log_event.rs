use crate::runtime::{impl_open_enum, wire, Timestamp};

/// An event logged on the device.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct UsageLogEvent {
    /// A shell command was issued over ADB via “adb shell command”. Part of SECURITY_LOGS.
    pub adb_shell_command_event: Option<crate::schemas::AdbShellCommandEvent>,
    /// An ADB interactive shell was opened via “adb shell”. Part of SECURITY_LOGS.
    pub adb_shell_interactive_event: Option<crate::schemas::AdbShellInteractiveEvent>,
    /// An app process was started. Part of SECURITY_LOGS.
    pub app_process_start_event: Option<crate::schemas::AppProcessStartEvent>,
    /// An admin has enabled or disabled backup service. Part of SECURITY_LOGS.
    pub backup_service_toggled_event: Option<crate::schemas::BackupServiceToggledEvent>,
    /// A new root certificate was installed into the system's trusted credential storage. Part of
    /// SECURITY_LOGS.
    pub cert_authority_installed_event: Option<
        crate::schemas::CertAuthorityInstalledEvent,
    >,
    /// A root certificate was removed from the system's trusted credential storage. Part of
    /// SECURITY_LOGS.
    pub cert_authority_removed_event: Option<crate::schemas::CertAuthorityRemovedEvent>,
    /// An X.509v3 certificate failed to validate, currently this validation is performed on the
    /// Wi-FI access point and failure may be due to a mismatch upon server certificate validation.
    /// However it may in the future include other validation events of an X.509v3 certificate. Part
    /// of SECURITY_LOGS.
    pub cert_validation_failure_event: Option<
        crate::schemas::CertValidationFailureEvent,
    >,
    /// A TCP connect event was initiated through the standard network stack. Part of
    /// NETWORK_ACTIVITY_LOGS.
    pub connect_event: Option<crate::schemas::ConnectEvent>,
    /// Validates whether Android’s built-in cryptographic library (BoringSSL) is valid. Should
    /// always succeed on device boot, if it fails, the device should be considered untrusted. Part
    /// of SECURITY_LOGS.
    pub crypto_self_test_completed_event: Option<
        crate::schemas::CryptoSelfTestCompletedEvent,
    >,
    /// A DNS lookup event was initiated through the standard network stack. Part of
    /// NETWORK_ACTIVITY_LOGS.
    pub dns_event: Option<crate::schemas::DnsEvent>,
    /// Device has completed enrollment. Part of AMAPI_LOGS.
    pub enrollment_complete_event: Option<crate::schemas::EnrollmentCompleteEvent>,
    /// Unique id of the event.
    pub event_id: Option<i64>,
    /// Device timestamp when the event was logged.
    pub event_time: Option<Timestamp>,
    /// The particular usage log event type that was reported on the device. Use this to determine
    /// which event field to access.
    pub event_type: Option<crate::schemas::UsageLogEventEventType>,
    /// A file was downloaded from the device. Part of SECURITY_LOGS.
    pub file_pulled_event: Option<crate::schemas::FilePulledEvent>,
    /// A file was uploaded onto the device. Part of SECURITY_LOGS.
    pub file_pushed_event: Option<crate::schemas::FilePushedEvent>,
    /// A cryptographic key including user installed, admin installed and system maintained private
    /// key is removed from the device either by the user or management. Part of SECURITY_LOGS.
    pub key_destruction_event: Option<crate::schemas::KeyDestructionEvent>,
    /// A cryptographic key including user installed, admin installed and system maintained private
    /// key is installed on the device either by the user or management. Part of SECURITY_LOGS.
    pub key_generated_event: Option<crate::schemas::KeyGeneratedEvent>,
    /// A cryptographic key including user installed, admin installed and system maintained private
    /// key is imported on the device either by the user or management. Part of SECURITY_LOGS.
    pub key_import_event: Option<crate::schemas::KeyImportEvent>,
    /// A cryptographic key including user installed, admin installed and system maintained private
    /// key is determined to be corrupted due to storage corruption, hardware failure or some OS
    /// issue. Part of SECURITY_LOGS.
    pub key_integrity_violation_event: Option<
        crate::schemas::KeyIntegrityViolationEvent,
    >,
    /// An attempt was made to unlock the device. Part of SECURITY_LOGS.
    pub keyguard_dismiss_auth_attempt_event: Option<
        crate::schemas::KeyguardDismissAuthAttemptEvent,
    >,
    /// The keyguard was dismissed. Part of SECURITY_LOGS.
    pub keyguard_dismissed_event: Option<crate::schemas::KeyguardDismissedEvent>,
    /// The device was locked either by user or timeout. Part of SECURITY_LOGS.
    pub keyguard_secured_event: Option<crate::schemas::KeyguardSecuredEvent>,
    /// The audit log buffer has reached 90% of its capacity, therefore older events may be dropped.
    /// Part of SECURITY_LOGS.
    pub log_buffer_size_critical_event: Option<
        crate::schemas::LogBufferSizeCriticalEvent,
    >,
    /// usageLog policy has been enabled. Part of SECURITY_LOGS.
    pub logging_started_event: Option<crate::schemas::LoggingStartedEvent>,
    /// usageLog policy has been disabled. Part of SECURITY_LOGS.
    pub logging_stopped_event: Option<crate::schemas::LoggingStoppedEvent>,
    /// A lost mode location update when a device in lost mode.
    pub lost_mode_location_event: Option<crate::schemas::LostModeLocationEvent>,
    /// An outgoing phone call has been made when a device in lost mode.
    pub lost_mode_outgoing_phone_call_event: Option<
        crate::schemas::LostModeOutgoingPhoneCallEvent,
    >,
    /// Removable media was mounted. Part of SECURITY_LOGS.
    pub media_mount_event: Option<crate::schemas::MediaMountEvent>,
    /// Removable media was unmounted. Part of SECURITY_LOGS.
    pub media_unmount_event: Option<crate::schemas::MediaUnmountEvent>,
    /// Device was shutdown. Part of SECURITY_LOGS.
    pub os_shutdown_event: Option<crate::schemas::OsShutdownEvent>,
    /// Device was started. Part of SECURITY_LOGS.
    pub os_startup_event: Option<crate::schemas::OsStartupEvent>,
    /// The device or profile has been remotely locked via the LOCK command. Part of SECURITY_LOGS.
    pub remote_lock_event: Option<crate::schemas::RemoteLockEvent>,
    /// An attempt to take a device out of lost mode.
    pub stop_lost_mode_user_attempt_event: Option<
        crate::schemas::StopLostModeUserAttemptEvent,
    >,
    /// The work profile or company-owned device failed to wipe when requested. This could be user
    /// initiated or admin initiated e.g. delete was received. Part of SECURITY_LOGS.
    pub wipe_failure_event: Option<crate::schemas::WipeFailureEvent>,
    /// Members of the JSON object that this version of the crate does not know; they are
    /// kept so that a value read and written back loses nothing.
    pub unknown_fields: wire::UnknownFields,
}

impl UsageLogEvent {
    /// Sets `adbShellCommandEvent` (chainable).
    pub fn set_adb_shell_command_event(
        mut self,
        value: impl Into<crate::schemas::AdbShellCommandEvent>,
    ) -> Self {
        self.adb_shell_command_event = Some(value.into());
        self.unknown_fields.remove("adbShellCommandEvent");
        self
    }

    /// Sends `adbShellCommandEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_adb_shell_command_event` takes it back.
    #[inline]
    pub fn clear_adb_shell_command_event(mut self) -> Self {
        self.adb_shell_command_event = None;
        self.unknown_fields
            .insert("adbShellCommandEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `adbShellInteractiveEvent` (chainable).
    pub fn set_adb_shell_interactive_event(
        mut self,
        value: impl Into<crate::schemas::AdbShellInteractiveEvent>,
    ) -> Self {
        self.adb_shell_interactive_event = Some(value.into());
        self.unknown_fields.remove("adbShellInteractiveEvent");
        self
    }

    /// Sends `adbShellInteractiveEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_adb_shell_interactive_event` takes it back.
    #[inline]
    pub fn clear_adb_shell_interactive_event(mut self) -> Self {
        self.adb_shell_interactive_event = None;
        self.unknown_fields
            .insert("adbShellInteractiveEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `appProcessStartEvent` (chainable).
    pub fn set_app_process_start_event(
        mut self,
        value: impl Into<crate::schemas::AppProcessStartEvent>,
    ) -> Self {
        self.app_process_start_event = Some(value.into());
        self.unknown_fields.remove("appProcessStartEvent");
        self
    }

    /// Sends `appProcessStartEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_app_process_start_event` takes it back.
    #[inline]
    pub fn clear_app_process_start_event(mut self) -> Self {
        self.app_process_start_event = None;
        self.unknown_fields
            .insert("appProcessStartEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `backupServiceToggledEvent` (chainable).
    pub fn set_backup_service_toggled_event(
        mut self,
        value: impl Into<crate::schemas::BackupServiceToggledEvent>,
    ) -> Self {
        self.backup_service_toggled_event = Some(value.into());
        self.unknown_fields.remove("backupServiceToggledEvent");
        self
    }

    /// Sends `backupServiceToggledEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_backup_service_toggled_event` takes it back.
    #[inline]
    pub fn clear_backup_service_toggled_event(mut self) -> Self {
        self.backup_service_toggled_event = None;
        self.unknown_fields
            .insert("backupServiceToggledEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `certAuthorityInstalledEvent` (chainable).
    pub fn set_cert_authority_installed_event(
        mut self,
        value: impl Into<crate::schemas::CertAuthorityInstalledEvent>,
    ) -> Self {
        self.cert_authority_installed_event = Some(value.into());
        self.unknown_fields.remove("certAuthorityInstalledEvent");
        self
    }

    /// Sends `certAuthorityInstalledEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_cert_authority_installed_event` takes it back.
    #[inline]
    pub fn clear_cert_authority_installed_event(mut self) -> Self {
        self.cert_authority_installed_event = None;
        self.unknown_fields
            .insert("certAuthorityInstalledEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `certAuthorityRemovedEvent` (chainable).
    pub fn set_cert_authority_removed_event(
        mut self,
        value: impl Into<crate::schemas::CertAuthorityRemovedEvent>,
    ) -> Self {
        self.cert_authority_removed_event = Some(value.into());
        self.unknown_fields.remove("certAuthorityRemovedEvent");
        self
    }

    /// Sends `certAuthorityRemovedEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_cert_authority_removed_event` takes it back.
    #[inline]
    pub fn clear_cert_authority_removed_event(mut self) -> Self {
        self.cert_authority_removed_event = None;
        self.unknown_fields
            .insert("certAuthorityRemovedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `certValidationFailureEvent` (chainable).
    pub fn set_cert_validation_failure_event(
        mut self,
        value: impl Into<crate::schemas::CertValidationFailureEvent>,
    ) -> Self {
        self.cert_validation_failure_event = Some(value.into());
        self.unknown_fields.remove("certValidationFailureEvent");
        self
    }

    /// Sends `certValidationFailureEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_cert_validation_failure_event` takes it back.
    #[inline]
    pub fn clear_cert_validation_failure_event(mut self) -> Self {
        self.cert_validation_failure_event = None;
        self.unknown_fields
            .insert("certValidationFailureEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `connectEvent` (chainable).
    pub fn set_connect_event(
        mut self,
        value: impl Into<crate::schemas::ConnectEvent>,
    ) -> Self {
        self.connect_event = Some(value.into());
        self.unknown_fields.remove("connectEvent");
        self
    }

    /// Sends `connectEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_connect_event` takes it back.
    #[inline]
    pub fn clear_connect_event(mut self) -> Self {
        self.connect_event = None;
        self.unknown_fields.insert("connectEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `cryptoSelfTestCompletedEvent` (chainable).
    pub fn set_crypto_self_test_completed_event(
        mut self,
        value: impl Into<crate::schemas::CryptoSelfTestCompletedEvent>,
    ) -> Self {
        self.crypto_self_test_completed_event = Some(value.into());
        self.unknown_fields.remove("cryptoSelfTestCompletedEvent");
        self
    }

    /// Sends `cryptoSelfTestCompletedEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_crypto_self_test_completed_event` takes it back.
    #[inline]
    pub fn clear_crypto_self_test_completed_event(mut self) -> Self {
        self.crypto_self_test_completed_event = None;
        self.unknown_fields
            .insert("cryptoSelfTestCompletedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `dnsEvent` (chainable).
    pub fn set_dns_event(mut self, value: impl Into<crate::schemas::DnsEvent>) -> Self {
        self.dns_event = Some(value.into());
        self.unknown_fields.remove("dnsEvent");
        self
    }

    /// Sends `dnsEvent` as JSON `null`, which clears it on the server (chainable); `set_dns_event`
    /// takes it back.
    #[inline]
    pub fn clear_dns_event(mut self) -> Self {
        self.dns_event = None;
        self.unknown_fields.insert("dnsEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `enrollmentCompleteEvent` (chainable).
    pub fn set_enrollment_complete_event(
        mut self,
        value: impl Into<crate::schemas::EnrollmentCompleteEvent>,
    ) -> Self {
        self.enrollment_complete_event = Some(value.into());
        self.unknown_fields.remove("enrollmentCompleteEvent");
        self
    }

    /// Sends `enrollmentCompleteEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_enrollment_complete_event` takes it back.
    #[inline]
    pub fn clear_enrollment_complete_event(mut self) -> Self {
        self.enrollment_complete_event = None;
        self.unknown_fields
            .insert("enrollmentCompleteEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `eventId` (chainable).
    pub fn set_event_id(mut self, value: impl Into<i64>) -> Self {
        self.event_id = Some(value.into());
        self.unknown_fields.remove("eventId");
        self
    }

    /// Sends `eventId` as JSON `null`, which clears it on the server (chainable); `set_event_id`
    /// takes it back.
    #[inline]
    pub fn clear_event_id(mut self) -> Self {
        self.event_id = None;
        self.unknown_fields.insert("eventId".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `eventTime` (chainable).
    pub fn set_event_time(mut self, value: impl Into<Timestamp>) -> Self {
        self.event_time = Some(value.into());
        self.unknown_fields.remove("eventTime");
        self
    }

    /// Sends `eventTime` as JSON `null`, which clears it on the server (chainable);
    /// `set_event_time` takes it back.
    #[inline]
    pub fn clear_event_time(mut self) -> Self {
        self.event_time = None;
        self.unknown_fields.insert("eventTime".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `eventType` (chainable).
    pub fn set_event_type(
        mut self,
        value: impl Into<crate::schemas::UsageLogEventEventType>,
    ) -> Self {
        self.event_type = Some(value.into());
        self.unknown_fields.remove("eventType");
        self
    }

    /// Sends `eventType` as JSON `null`, which clears it on the server (chainable);
    /// `set_event_type` takes it back.
    #[inline]
    pub fn clear_event_type(mut self) -> Self {
        self.event_type = None;
        self.unknown_fields.insert("eventType".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `filePulledEvent` (chainable).
    pub fn set_file_pulled_event(
        mut self,
        value: impl Into<crate::schemas::FilePulledEvent>,
    ) -> Self {
        self.file_pulled_event = Some(value.into());
        self.unknown_fields.remove("filePulledEvent");
        self
    }

    /// Sends `filePulledEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_file_pulled_event` takes it back.
    #[inline]
    pub fn clear_file_pulled_event(mut self) -> Self {
        self.file_pulled_event = None;
        self.unknown_fields
            .insert("filePulledEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `filePushedEvent` (chainable).
    pub fn set_file_pushed_event(
        mut self,
        value: impl Into<crate::schemas::FilePushedEvent>,
    ) -> Self {
        self.file_pushed_event = Some(value.into());
        self.unknown_fields.remove("filePushedEvent");
        self
    }

    /// Sends `filePushedEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_file_pushed_event` takes it back.
    #[inline]
    pub fn clear_file_pushed_event(mut self) -> Self {
        self.file_pushed_event = None;
        self.unknown_fields
            .insert("filePushedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyDestructionEvent` (chainable).
    pub fn set_key_destruction_event(
        mut self,
        value: impl Into<crate::schemas::KeyDestructionEvent>,
    ) -> Self {
        self.key_destruction_event = Some(value.into());
        self.unknown_fields.remove("keyDestructionEvent");
        self
    }

    /// Sends `keyDestructionEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_key_destruction_event` takes it back.
    #[inline]
    pub fn clear_key_destruction_event(mut self) -> Self {
        self.key_destruction_event = None;
        self.unknown_fields
            .insert("keyDestructionEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyGeneratedEvent` (chainable).
    pub fn set_key_generated_event(
        mut self,
        value: impl Into<crate::schemas::KeyGeneratedEvent>,
    ) -> Self {
        self.key_generated_event = Some(value.into());
        self.unknown_fields.remove("keyGeneratedEvent");
        self
    }

    /// Sends `keyGeneratedEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_key_generated_event` takes it back.
    #[inline]
    pub fn clear_key_generated_event(mut self) -> Self {
        self.key_generated_event = None;
        self.unknown_fields
            .insert("keyGeneratedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyImportEvent` (chainable).
    pub fn set_key_import_event(
        mut self,
        value: impl Into<crate::schemas::KeyImportEvent>,
    ) -> Self {
        self.key_import_event = Some(value.into());
        self.unknown_fields.remove("keyImportEvent");
        self
    }

    /// Sends `keyImportEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_key_import_event` takes it back.
    #[inline]
    pub fn clear_key_import_event(mut self) -> Self {
        self.key_import_event = None;
        self.unknown_fields.insert("keyImportEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyIntegrityViolationEvent` (chainable).
    pub fn set_key_integrity_violation_event(
        mut self,
        value: impl Into<crate::schemas::KeyIntegrityViolationEvent>,
    ) -> Self {
        self.key_integrity_violation_event = Some(value.into());
        self.unknown_fields.remove("keyIntegrityViolationEvent");
        self
    }

    /// Sends `keyIntegrityViolationEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_key_integrity_violation_event` takes it back.
    #[inline]
    pub fn clear_key_integrity_violation_event(mut self) -> Self {
        self.key_integrity_violation_event = None;
        self.unknown_fields
            .insert("keyIntegrityViolationEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyguardDismissAuthAttemptEvent` (chainable).
    pub fn set_keyguard_dismiss_auth_attempt_event(
        mut self,
        value: impl Into<crate::schemas::KeyguardDismissAuthAttemptEvent>,
    ) -> Self {
        self.keyguard_dismiss_auth_attempt_event = Some(value.into());
        self.unknown_fields.remove("keyguardDismissAuthAttemptEvent");
        self
    }

    /// Sends `keyguardDismissAuthAttemptEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_keyguard_dismiss_auth_attempt_event` takes it back.
    #[inline]
    pub fn clear_keyguard_dismiss_auth_attempt_event(mut self) -> Self {
        self.keyguard_dismiss_auth_attempt_event = None;
        self.unknown_fields
            .insert(
                "keyguardDismissAuthAttemptEvent".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `keyguardDismissedEvent` (chainable).
    pub fn set_keyguard_dismissed_event(
        mut self,
        value: impl Into<crate::schemas::KeyguardDismissedEvent>,
    ) -> Self {
        self.keyguard_dismissed_event = Some(value.into());
        self.unknown_fields.remove("keyguardDismissedEvent");
        self
    }

    /// Sends `keyguardDismissedEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_keyguard_dismissed_event` takes it back.
    #[inline]
    pub fn clear_keyguard_dismissed_event(mut self) -> Self {
        self.keyguard_dismissed_event = None;
        self.unknown_fields
            .insert("keyguardDismissedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `keyguardSecuredEvent` (chainable).
    pub fn set_keyguard_secured_event(
        mut self,
        value: impl Into<crate::schemas::KeyguardSecuredEvent>,
    ) -> Self {
        self.keyguard_secured_event = Some(value.into());
        self.unknown_fields.remove("keyguardSecuredEvent");
        self
    }

    /// Sends `keyguardSecuredEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_keyguard_secured_event` takes it back.
    #[inline]
    pub fn clear_keyguard_secured_event(mut self) -> Self {
        self.keyguard_secured_event = None;
        self.unknown_fields
            .insert("keyguardSecuredEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `logBufferSizeCriticalEvent` (chainable).
    pub fn set_log_buffer_size_critical_event(
        mut self,
        value: impl Into<crate::schemas::LogBufferSizeCriticalEvent>,
    ) -> Self {
        self.log_buffer_size_critical_event = Some(value.into());
        self.unknown_fields.remove("logBufferSizeCriticalEvent");
        self
    }

    /// Sends `logBufferSizeCriticalEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_log_buffer_size_critical_event` takes it back.
    #[inline]
    pub fn clear_log_buffer_size_critical_event(mut self) -> Self {
        self.log_buffer_size_critical_event = None;
        self.unknown_fields
            .insert("logBufferSizeCriticalEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `loggingStartedEvent` (chainable).
    pub fn set_logging_started_event(
        mut self,
        value: impl Into<crate::schemas::LoggingStartedEvent>,
    ) -> Self {
        self.logging_started_event = Some(value.into());
        self.unknown_fields.remove("loggingStartedEvent");
        self
    }

    /// Sends `loggingStartedEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_logging_started_event` takes it back.
    #[inline]
    pub fn clear_logging_started_event(mut self) -> Self {
        self.logging_started_event = None;
        self.unknown_fields
            .insert("loggingStartedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `loggingStoppedEvent` (chainable).
    pub fn set_logging_stopped_event(
        mut self,
        value: impl Into<crate::schemas::LoggingStoppedEvent>,
    ) -> Self {
        self.logging_stopped_event = Some(value.into());
        self.unknown_fields.remove("loggingStoppedEvent");
        self
    }

    /// Sends `loggingStoppedEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_logging_stopped_event` takes it back.
    #[inline]
    pub fn clear_logging_stopped_event(mut self) -> Self {
        self.logging_stopped_event = None;
        self.unknown_fields
            .insert("loggingStoppedEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lostModeLocationEvent` (chainable).
    pub fn set_lost_mode_location_event(
        mut self,
        value: impl Into<crate::schemas::LostModeLocationEvent>,
    ) -> Self {
        self.lost_mode_location_event = Some(value.into());
        self.unknown_fields.remove("lostModeLocationEvent");
        self
    }

    /// Sends `lostModeLocationEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_lost_mode_location_event` takes it back.
    #[inline]
    pub fn clear_lost_mode_location_event(mut self) -> Self {
        self.lost_mode_location_event = None;
        self.unknown_fields
            .insert("lostModeLocationEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `lostModeOutgoingPhoneCallEvent` (chainable).
    pub fn set_lost_mode_outgoing_phone_call_event(
        mut self,
        value: impl Into<crate::schemas::LostModeOutgoingPhoneCallEvent>,
    ) -> Self {
        self.lost_mode_outgoing_phone_call_event = Some(value.into());
        self.unknown_fields.remove("lostModeOutgoingPhoneCallEvent");
        self
    }

    /// Sends `lostModeOutgoingPhoneCallEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_lost_mode_outgoing_phone_call_event` takes it back.
    #[inline]
    pub fn clear_lost_mode_outgoing_phone_call_event(mut self) -> Self {
        self.lost_mode_outgoing_phone_call_event = None;
        self.unknown_fields
            .insert(
                "lostModeOutgoingPhoneCallEvent".to_owned(),
                serde_json::Value::Null,
            );
        self
    }

    /// Sets `mediaMountEvent` (chainable).
    pub fn set_media_mount_event(
        mut self,
        value: impl Into<crate::schemas::MediaMountEvent>,
    ) -> Self {
        self.media_mount_event = Some(value.into());
        self.unknown_fields.remove("mediaMountEvent");
        self
    }

    /// Sends `mediaMountEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_media_mount_event` takes it back.
    #[inline]
    pub fn clear_media_mount_event(mut self) -> Self {
        self.media_mount_event = None;
        self.unknown_fields
            .insert("mediaMountEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `mediaUnmountEvent` (chainable).
    pub fn set_media_unmount_event(
        mut self,
        value: impl Into<crate::schemas::MediaUnmountEvent>,
    ) -> Self {
        self.media_unmount_event = Some(value.into());
        self.unknown_fields.remove("mediaUnmountEvent");
        self
    }

    /// Sends `mediaUnmountEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_media_unmount_event` takes it back.
    #[inline]
    pub fn clear_media_unmount_event(mut self) -> Self {
        self.media_unmount_event = None;
        self.unknown_fields
            .insert("mediaUnmountEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `osShutdownEvent` (chainable).
    pub fn set_os_shutdown_event(
        mut self,
        value: impl Into<crate::schemas::OsShutdownEvent>,
    ) -> Self {
        self.os_shutdown_event = Some(value.into());
        self.unknown_fields.remove("osShutdownEvent");
        self
    }

    /// Sends `osShutdownEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_os_shutdown_event` takes it back.
    #[inline]
    pub fn clear_os_shutdown_event(mut self) -> Self {
        self.os_shutdown_event = None;
        self.unknown_fields
            .insert("osShutdownEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `osStartupEvent` (chainable).
    pub fn set_os_startup_event(
        mut self,
        value: impl Into<crate::schemas::OsStartupEvent>,
    ) -> Self {
        self.os_startup_event = Some(value.into());
        self.unknown_fields.remove("osStartupEvent");
        self
    }

    /// Sends `osStartupEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_os_startup_event` takes it back.
    #[inline]
    pub fn clear_os_startup_event(mut self) -> Self {
        self.os_startup_event = None;
        self.unknown_fields.insert("osStartupEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `remoteLockEvent` (chainable).
    pub fn set_remote_lock_event(
        mut self,
        value: impl Into<crate::schemas::RemoteLockEvent>,
    ) -> Self {
        self.remote_lock_event = Some(value.into());
        self.unknown_fields.remove("remoteLockEvent");
        self
    }

    /// Sends `remoteLockEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_remote_lock_event` takes it back.
    #[inline]
    pub fn clear_remote_lock_event(mut self) -> Self {
        self.remote_lock_event = None;
        self.unknown_fields
            .insert("remoteLockEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `stopLostModeUserAttemptEvent` (chainable).
    pub fn set_stop_lost_mode_user_attempt_event(
        mut self,
        value: impl Into<crate::schemas::StopLostModeUserAttemptEvent>,
    ) -> Self {
        self.stop_lost_mode_user_attempt_event = Some(value.into());
        self.unknown_fields.remove("stopLostModeUserAttemptEvent");
        self
    }

    /// Sends `stopLostModeUserAttemptEvent` as JSON `null`, which clears it on the server
    /// (chainable); `set_stop_lost_mode_user_attempt_event` takes it back.
    #[inline]
    pub fn clear_stop_lost_mode_user_attempt_event(mut self) -> Self {
        self.stop_lost_mode_user_attempt_event = None;
        self.unknown_fields
            .insert("stopLostModeUserAttemptEvent".to_owned(), serde_json::Value::Null);
        self
    }

    /// Sets `wipeFailureEvent` (chainable).
    pub fn set_wipe_failure_event(
        mut self,
        value: impl Into<crate::schemas::WipeFailureEvent>,
    ) -> Self {
        self.wipe_failure_event = Some(value.into());
        self.unknown_fields.remove("wipeFailureEvent");
        self
    }

    /// Sends `wipeFailureEvent` as JSON `null`, which clears it on the server (chainable);
    /// `set_wipe_failure_event` takes it back.
    #[inline]
    pub fn clear_wipe_failure_event(mut self) -> Self {
        self.wipe_failure_event = None;
        self.unknown_fields
            .insert("wipeFailureEvent".to_owned(), serde_json::Value::Null);
        self
    }
}

impl serde::Serialize for UsageLogEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(None)?;
        if let Some(value) = &self.adb_shell_command_event {
            map.serialize_entry("adbShellCommandEvent", value)?;
        }
        if let Some(value) = &self.adb_shell_interactive_event {
            map.serialize_entry("adbShellInteractiveEvent", value)?;
        }
        if let Some(value) = &self.app_process_start_event {
            map.serialize_entry("appProcessStartEvent", value)?;
        }
        if let Some(value) = &self.backup_service_toggled_event {
            map.serialize_entry("backupServiceToggledEvent", value)?;
        }
        if let Some(value) = &self.cert_authority_installed_event {
            map.serialize_entry("certAuthorityInstalledEvent", value)?;
        }
        if let Some(value) = &self.cert_authority_removed_event {
            map.serialize_entry("certAuthorityRemovedEvent", value)?;
        }
        if let Some(value) = &self.cert_validation_failure_event {
            map.serialize_entry("certValidationFailureEvent", value)?;
        }
        if let Some(value) = &self.connect_event {
            map.serialize_entry("connectEvent", value)?;
        }
        if let Some(value) = &self.crypto_self_test_completed_event {
            map.serialize_entry("cryptoSelfTestCompletedEvent", value)?;
        }
        if let Some(value) = &self.dns_event {
            map.serialize_entry("dnsEvent", value)?;
        }
        if let Some(value) = &self.enrollment_complete_event {
            map.serialize_entry("enrollmentCompleteEvent", value)?;
        }
        if self.event_id.is_some() {
            map.serialize_entry(
                "eventId",
                &wire::Out::<Option<i64>, Option<wire::I64>>::new(&self.event_id),
            )?;
        }
        if let Some(value) = &self.event_time {
            map.serialize_entry("eventTime", value)?;
        }
        if let Some(value) = &self.event_type {
            map.serialize_entry("eventType", value)?;
        }
        if let Some(value) = &self.file_pulled_event {
            map.serialize_entry("filePulledEvent", value)?;
        }
        if let Some(value) = &self.file_pushed_event {
            map.serialize_entry("filePushedEvent", value)?;
        }
        if let Some(value) = &self.key_destruction_event {
            map.serialize_entry("keyDestructionEvent", value)?;
        }
        if let Some(value) = &self.key_generated_event {
            map.serialize_entry("keyGeneratedEvent", value)?;
        }
        if let Some(value) = &self.key_import_event {
            map.serialize_entry("keyImportEvent", value)?;
        }
        if let Some(value) = &self.key_integrity_violation_event {
            map.serialize_entry("keyIntegrityViolationEvent", value)?;
        }
        if let Some(value) = &self.keyguard_dismiss_auth_attempt_event {
            map.serialize_entry("keyguardDismissAuthAttemptEvent", value)?;
        }
        if let Some(value) = &self.keyguard_dismissed_event {
            map.serialize_entry("keyguardDismissedEvent", value)?;
        }
        if let Some(value) = &self.keyguard_secured_event {
            map.serialize_entry("keyguardSecuredEvent", value)?;
        }
        if let Some(value) = &self.log_buffer_size_critical_event {
            map.serialize_entry("logBufferSizeCriticalEvent", value)?;
        }
        if let Some(value) = &self.logging_started_event {
            map.serialize_entry("loggingStartedEvent", value)?;
        }
        if let Some(value) = &self.logging_stopped_event {
            map.serialize_entry("loggingStoppedEvent", value)?;
        }
        if let Some(value) = &self.lost_mode_location_event {
            map.serialize_entry("lostModeLocationEvent", value)?;
        }
        if let Some(value) = &self.lost_mode_outgoing_phone_call_event {
            map.serialize_entry("lostModeOutgoingPhoneCallEvent", value)?;
        }
        if let Some(value) = &self.media_mount_event {
            map.serialize_entry("mediaMountEvent", value)?;
        }
        if let Some(value) = &self.media_unmount_event {
            map.serialize_entry("mediaUnmountEvent", value)?;
        }
        if let Some(value) = &self.os_shutdown_event {
            map.serialize_entry("osShutdownEvent", value)?;
        }
        if let Some(value) = &self.os_startup_event {
            map.serialize_entry("osStartupEvent", value)?;
        }
        if let Some(value) = &self.remote_lock_event {
            map.serialize_entry("remoteLockEvent", value)?;
        }
        if let Some(value) = &self.stop_lost_mode_user_attempt_event {
            map.serialize_entry("stopLostModeUserAttemptEvent", value)?;
        }
        if let Some(value) = &self.wipe_failure_event {
            map.serialize_entry("wipeFailureEvent", value)?;
        }
        wire::write_unknown(&mut map, &self.unknown_fields)?;
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UsageLogEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        wire::deserialize_object(deserializer)
    }
}

impl<'de> wire::ReadMembers<'de> for UsageLogEvent {
    const NAME: &'static str = "UsageLogEvent";
    fn read_member<A: serde::de::MapAccess<'de>>(
        &mut self,
        key: wire::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match key.as_str() {
            "adbShellCommandEvent" => self.adb_shell_command_event = map.next_value()?,
            "adbShellInteractiveEvent" => {
                self.adb_shell_interactive_event = map.next_value()?;
            }
            "appProcessStartEvent" => self.app_process_start_event = map.next_value()?,
            "backupServiceToggledEvent" => {
                self.backup_service_toggled_event = map.next_value()?;
            }
            "certAuthorityInstalledEvent" => {
                self.cert_authority_installed_event = map.next_value()?;
            }
            "certAuthorityRemovedEvent" => {
                self.cert_authority_removed_event = map.next_value()?;
            }
            "certValidationFailureEvent" => {
                self.cert_validation_failure_event = map.next_value()?;
            }
            "connectEvent" => self.connect_event = map.next_value()?,
            "cryptoSelfTestCompletedEvent" => {
                self.crypto_self_test_completed_event = map.next_value()?;
            }
            "dnsEvent" => self.dns_event = map.next_value()?,
            "enrollmentCompleteEvent" => {
                self.enrollment_complete_event = map.next_value()?;
            }
            "eventId" => {
                self.event_id = map
                    .next_value::<wire::In<Option<i64>, Option<wire::I64>>>()?
                    .0;
            }
            "eventTime" => self.event_time = map.next_value()?,
            "eventType" => self.event_type = map.next_value()?,
            "filePulledEvent" => self.file_pulled_event = map.next_value()?,
            "filePushedEvent" => self.file_pushed_event = map.next_value()?,
            "keyDestructionEvent" => self.key_destruction_event = map.next_value()?,
            "keyGeneratedEvent" => self.key_generated_event = map.next_value()?,
            "keyImportEvent" => self.key_import_event = map.next_value()?,
            "keyIntegrityViolationEvent" => {
                self.key_integrity_violation_event = map.next_value()?;
            }
            "keyguardDismissAuthAttemptEvent" => {
                self.keyguard_dismiss_auth_attempt_event = map.next_value()?;
            }
            "keyguardDismissedEvent" => self.keyguard_dismissed_event = map.next_value()?,
            "keyguardSecuredEvent" => self.keyguard_secured_event = map.next_value()?,
            "logBufferSizeCriticalEvent" => {
                self.log_buffer_size_critical_event = map.next_value()?;
            }
            "loggingStartedEvent" => self.logging_started_event = map.next_value()?,
            "loggingStoppedEvent" => self.logging_stopped_event = map.next_value()?,
            "lostModeLocationEvent" => self.lost_mode_location_event = map.next_value()?,
            "lostModeOutgoingPhoneCallEvent" => {
                self.lost_mode_outgoing_phone_call_event = map.next_value()?;
            }
            "mediaMountEvent" => self.media_mount_event = map.next_value()?,
            "mediaUnmountEvent" => self.media_unmount_event = map.next_value()?,
            "osShutdownEvent" => self.os_shutdown_event = map.next_value()?,
            "osStartupEvent" => self.os_startup_event = map.next_value()?,
            "remoteLockEvent" => self.remote_lock_event = map.next_value()?,
            "stopLostModeUserAttemptEvent" => {
                self.stop_lost_mode_user_attempt_event = map.next_value()?;
            }
            "wipeFailureEvent" => self.wipe_failure_event = map.next_value()?,
            _ => wire::read_unknown(&mut self.unknown_fields, key, map)?,
        }
        Ok(())
    }
}

/// The particular usage log event type that was reported on the device. Use this to determine
/// which event field to access.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum UsageLogEventEventType {
    /// This value is not used
    ///
    /// `EVENT_TYPE_UNSPECIFIED` on the wire.
    #[default]
    EventTypeUnspecified,
    /// Indicates adb_shell_command_event has been set.
    ///
    /// `ADB_SHELL_COMMAND` on the wire.
    AdbShellCommand,
    /// Indicates adb_shell_interactive_event has been set.
    ///
    /// `ADB_SHELL_INTERACTIVE` on the wire.
    AdbShellInteractive,
    /// Indicates app_process_start_event has been set.
    ///
    /// `APP_PROCESS_START` on the wire.
    AppProcessStart,
    /// Indicates keyguard_dismissed_event has been set.
    ///
    /// `KEYGUARD_DISMISSED` on the wire.
    KeyguardDismissed,
    /// Indicates keyguard_dismiss_auth_attempt_event has been set.
    ///
    /// `KEYGUARD_DISMISS_AUTH_ATTEMPT` on the wire.
    KeyguardDismissAuthAttempt,
    /// Indicates keyguard_secured_event has been set.
    ///
    /// `KEYGUARD_SECURED` on the wire.
    KeyguardSecured,
    /// Indicates file_pulled_event has been set.
    ///
    /// `FILE_PULLED` on the wire.
    FilePulled,
    /// Indicates file_pushed_event has been set.
    ///
    /// `FILE_PUSHED` on the wire.
    FilePushed,
    /// Indicates cert_authority_installed_event has been set.
    ///
    /// `CERT_AUTHORITY_INSTALLED` on the wire.
    CertAuthorityInstalled,
    /// Indicates cert_authority_removed_event has been set.
    ///
    /// `CERT_AUTHORITY_REMOVED` on the wire.
    CertAuthorityRemoved,
    /// Indicates cert_validation_failure_event has been set.
    ///
    /// `CERT_VALIDATION_FAILURE` on the wire.
    CertValidationFailure,
    /// Indicates crypto_self_test_completed_event has been set.
    ///
    /// `CRYPTO_SELF_TEST_COMPLETED` on the wire.
    CryptoSelfTestCompleted,
    /// Indicates key_destruction_event has been set.
    ///
    /// `KEY_DESTRUCTION` on the wire.
    KeyDestruction,
    /// Indicates key_generated_event has been set.
    ///
    /// `KEY_GENERATED` on the wire.
    KeyGenerated,
    /// Indicates key_import_event has been set.
    ///
    /// `KEY_IMPORT` on the wire.
    KeyImport,
    /// Indicates key_integrity_violation_event has been set.
    ///
    /// `KEY_INTEGRITY_VIOLATION` on the wire.
    KeyIntegrityViolation,
    /// Indicates logging_started_event has been set.
    ///
    /// `LOGGING_STARTED` on the wire.
    LoggingStarted,
    /// Indicates logging_stopped_event has been set.
    ///
    /// `LOGGING_STOPPED` on the wire.
    LoggingStopped,
    /// Indicates log_buffer_size_critical_event has been set.
    ///
    /// `LOG_BUFFER_SIZE_CRITICAL` on the wire.
    LogBufferSizeCritical,
    /// Indicates media_mount_event has been set.
    ///
    /// `MEDIA_MOUNT` on the wire.
    MediaMount,
    /// Indicates media_unmount_event has been set.
    ///
    /// `MEDIA_UNMOUNT` on the wire.
    MediaUnmount,
    /// Indicates os_shutdown_event has been set.
    ///
    /// `OS_SHUTDOWN` on the wire.
    OsShutdown,
    /// Indicates os_startup_event has been set.
    ///
    /// `OS_STARTUP` on the wire.
    OsStartup,
    /// Indicates remote_lock_event has been set.
    ///
    /// `REMOTE_LOCK` on the wire.
    RemoteLock,
    /// Indicates wipe_failure_event has been set.
    ///
    /// `WIPE_FAILURE` on the wire.
    WipeFailure,
    /// Indicates connect_event has been set.
    ///
    /// `CONNECT` on the wire.
    Connect,
    /// Indicates dns_event has been set.
    ///
    /// `DNS` on the wire.
    Dns,
    /// Indicates stopLostModeUserAttemptEvent has been set.
    ///
    /// `STOP_LOST_MODE_USER_ATTEMPT` on the wire.
    StopLostModeUserAttempt,
    /// Indicates lostModeOutgoingPhoneCallEvent has been set.
    ///
    /// `LOST_MODE_OUTGOING_PHONE_CALL` on the wire.
    LostModeOutgoingPhoneCall,
    /// Indicates lostModeLocationEvent has been set.
    ///
    /// `LOST_MODE_LOCATION` on the wire.
    LostModeLocation,
    /// Indicates enrollment_complete_event has been set.
    ///
    /// `ENROLLMENT_COMPLETE` on the wire.
    EnrollmentComplete,
    /// Indicates backupServiceToggledEvent has been set.
    ///
    /// `BACKUP_SERVICE_TOGGLED` on the wire.
    BackupServiceToggled,
    /// A value this version of the crate does not know, kept exactly as received.
    UnknownValue(String),
}

impl wire::OpenEnum for UsageLogEventEventType {
    #[inline]
    fn as_wire_str(&self) -> &str {
        match self {
            Self::EventTypeUnspecified => "EVENT_TYPE_UNSPECIFIED",
            Self::AdbShellCommand => "ADB_SHELL_COMMAND",
            Self::AdbShellInteractive => "ADB_SHELL_INTERACTIVE",
            Self::AppProcessStart => "APP_PROCESS_START",
            Self::KeyguardDismissed => "KEYGUARD_DISMISSED",
            Self::KeyguardDismissAuthAttempt => "KEYGUARD_DISMISS_AUTH_ATTEMPT",
            Self::KeyguardSecured => "KEYGUARD_SECURED",
            Self::FilePulled => "FILE_PULLED",
            Self::FilePushed => "FILE_PUSHED",
            Self::CertAuthorityInstalled => "CERT_AUTHORITY_INSTALLED",
            Self::CertAuthorityRemoved => "CERT_AUTHORITY_REMOVED",
            Self::CertValidationFailure => "CERT_VALIDATION_FAILURE",
            Self::CryptoSelfTestCompleted => "CRYPTO_SELF_TEST_COMPLETED",
            Self::KeyDestruction => "KEY_DESTRUCTION",
            Self::KeyGenerated => "KEY_GENERATED",
            Self::KeyImport => "KEY_IMPORT",
            Self::KeyIntegrityViolation => "KEY_INTEGRITY_VIOLATION",
            Self::LoggingStarted => "LOGGING_STARTED",
            Self::LoggingStopped => "LOGGING_STOPPED",
            Self::LogBufferSizeCritical => "LOG_BUFFER_SIZE_CRITICAL",
            Self::MediaMount => "MEDIA_MOUNT",
            Self::MediaUnmount => "MEDIA_UNMOUNT",
            Self::OsShutdown => "OS_SHUTDOWN",
            Self::OsStartup => "OS_STARTUP",
            Self::RemoteLock => "REMOTE_LOCK",
            Self::WipeFailure => "WIPE_FAILURE",
            Self::Connect => "CONNECT",
            Self::Dns => "DNS",
            Self::StopLostModeUserAttempt => "STOP_LOST_MODE_USER_ATTEMPT",
            Self::LostModeOutgoingPhoneCall => "LOST_MODE_OUTGOING_PHONE_CALL",
            Self::LostModeLocation => "LOST_MODE_LOCATION",
            Self::EnrollmentComplete => "ENROLLMENT_COMPLETE",
            Self::BackupServiceToggled => "BACKUP_SERVICE_TOGGLED",
            Self::UnknownValue(value) => value,
        }
    }

    #[inline]
    fn from_wire_str(value: &str) -> Self {
        match value {
            "EVENT_TYPE_UNSPECIFIED" => Self::EventTypeUnspecified,
            "ADB_SHELL_COMMAND" => Self::AdbShellCommand,
            "ADB_SHELL_INTERACTIVE" => Self::AdbShellInteractive,
            "APP_PROCESS_START" => Self::AppProcessStart,
            "KEYGUARD_DISMISSED" => Self::KeyguardDismissed,
            "KEYGUARD_DISMISS_AUTH_ATTEMPT" => Self::KeyguardDismissAuthAttempt,
            "KEYGUARD_SECURED" => Self::KeyguardSecured,
            "FILE_PULLED" => Self::FilePulled,
            "FILE_PUSHED" => Self::FilePushed,
            "CERT_AUTHORITY_INSTALLED" => Self::CertAuthorityInstalled,
            "CERT_AUTHORITY_REMOVED" => Self::CertAuthorityRemoved,
            "CERT_VALIDATION_FAILURE" => Self::CertValidationFailure,
            "CRYPTO_SELF_TEST_COMPLETED" => Self::CryptoSelfTestCompleted,
            "KEY_DESTRUCTION" => Self::KeyDestruction,
            "KEY_GENERATED" => Self::KeyGenerated,
            "KEY_IMPORT" => Self::KeyImport,
            "KEY_INTEGRITY_VIOLATION" => Self::KeyIntegrityViolation,
            "LOGGING_STARTED" => Self::LoggingStarted,
            "LOGGING_STOPPED" => Self::LoggingStopped,
            "LOG_BUFFER_SIZE_CRITICAL" => Self::LogBufferSizeCritical,
            "MEDIA_MOUNT" => Self::MediaMount,
            "MEDIA_UNMOUNT" => Self::MediaUnmount,
            "OS_SHUTDOWN" => Self::OsShutdown,
            "OS_STARTUP" => Self::OsStartup,
            "REMOTE_LOCK" => Self::RemoteLock,
            "WIPE_FAILURE" => Self::WipeFailure,
            "CONNECT" => Self::Connect,
            "DNS" => Self::Dns,
            "STOP_LOST_MODE_USER_ATTEMPT" => Self::StopLostModeUserAttempt,
            "LOST_MODE_OUTGOING_PHONE_CALL" => Self::LostModeOutgoingPhoneCall,
            "LOST_MODE_LOCATION" => Self::LostModeLocation,
            "ENROLLMENT_COMPLETE" => Self::EnrollmentComplete,
            "BACKUP_SERVICE_TOGGLED" => Self::BackupServiceToggled,
            _ => Self::UnknownValue(value.to_owned()),
        }
    }
}
impl_open_enum!(UsageLogEventEventType);
