//! Closed lists with stable codes: the code is what the database, URLs and forms carry, and what
//! the Fluent message id of each value is built from (`<prefix>-<code>`).

/// Defines an enum of stable codes: the code is what the database, URLs and forms carry, and
/// what the Fluent message id of each value is built from (`<prefix>-<code>`).
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = <String as serde::Deserialize>::deserialize(deserializer)?;
                $name::from_code(&code).ok_or_else(|| serde::de::Error::custom("unknown code"))
            }
        }

        impl $name {
            /// Every value, in the order forms and filters list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value with this code, if there is one.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use code_enum;
