pub type Names = Vec<String>;
