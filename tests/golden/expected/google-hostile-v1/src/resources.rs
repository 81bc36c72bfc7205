//! The resources and methods of the Hostile   \`API\` \`\`\`  \`\`\`rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); \`\`\`, reached from [`crate::Client`].

#[cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap")]
#[cfg_attr(
    docsrs,
    doc(cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"))
)]
pub mod things_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap;
impl crate::Client {
    /// The ```` things ```rust std::fs::write("/tmp/hostile-doctest-ran", "x").unwrap(); ``` ```` resource.
    #[cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap")]
    #[cfg_attr(
        docsrs,
        doc(cfg(feature = "things-rust-std-fs-write-tmp-hostile-doctest-ran-x-unwrap"))
    )]
    pub fn things_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap(
        &self,
    ) -> things_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap::ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource {
        things_rust_std_fs_write_tmp_hostile_doctest_ran_x_unwrap::ThingsRustStdFsWriteTmpHostileDoctestRanXUnwrapResource {
            client: self.client.clone(),
        }
    }
}
